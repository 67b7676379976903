// Water and flooding (flood risk per ward, water-level and rain gauges, pumps) and environment
// (air-quality stations) layers. Sources are small (tens to thousands of sensors): full setData.
import type { CircleLayerSpecification, ExpressionSpecification, FillLayerSpecification, GeoJSONSourceSpecification, LineLayerSpecification } from 'maplibre-gl';
import { AQI_COLORS, FLOOD_RISK_COLORS, SENSOR_COLORS } from '../model/sensor-colors';

export const SENSORS_SOURCE = 'sensors';
export const FLOOD_RISK_SOURCE = 'flood-risk';

export const FLOOD_RISK_FILL_LAYER_ID = 'flood-risk-fill';
export const FLOOD_RISK_LINE_LAYER_ID = 'flood-risk-line';
export const WATER_LEVEL_LAYER_ID = 'sensors-water-level-circle';
export const RAIN_LAYER_ID = 'sensors-rain-circle';
export const PUMPS_LAYER_ID = 'sensors-pump-circle';
export const AIR_SENSORS_LAYER_ID = 'sensors-air-circle';
/** Sensor layers a click or hover can hit. */
export const SENSOR_POINT_LAYERS = [WATER_LEVEL_LAYER_ID, RAIN_LAYER_ID, PUMPS_LAYER_ID, AIR_SENSORS_LAYER_ID] as const;

export function sensorSources(): Record<string, GeoJSONSourceSpecification> {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  return {
    [SENSORS_SOURCE]: { type: 'geojson', data: empty, promoteId: 'id' },
    [FLOOD_RISK_SOURCE]: { type: 'geojson', data: empty },
  };
}

const silent: ExpressionSpecification = ['!=', ['get', 'status'], 'online'];

const riskColor: ExpressionSpecification = [
  'match',
  ['get', 'risk'],
  'severe', FLOOD_RISK_COLORS.severe,
  'high', FLOOD_RISK_COLORS.high,
  'moderate', FLOOD_RISK_COLORS.moderate,
  'low', FLOOD_RISK_COLORS.low,
  FLOOD_RISK_COLORS.unknown,
];

export const FLOOD_RISK_FILL_LAYER: FillLayerSpecification = {
  id: FLOOD_RISK_FILL_LAYER_ID,
  type: 'fill',
  source: FLOOD_RISK_SOURCE,
  paint: { 'fill-color': riskColor, 'fill-opacity': ['match', ['get', 'risk'], 'low', 0.35, 'unknown', 0.3, 0.6] },
};

export const FLOOD_RISK_LINE_LAYER: LineLayerSpecification = {
  id: FLOOD_RISK_LINE_LAYER_ID,
  type: 'line',
  source: FLOOD_RISK_SOURCE,
  paint: { 'line-color': riskColor, 'line-width': 1.5, 'line-opacity': 0.9 },
};

function gaugeLayer(id: string, kind: 'water_level' | 'rain', color: string): CircleLayerSpecification {
  return {
    id,
    type: 'circle',
    source: SENSORS_SOURCE,
    filter: ['==', ['get', 'kind'], kind],
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 15, 8],
      'circle-color': ['case', silent, SENSOR_COLORS.silent, ['==', ['get', 'level'], 'alarm'], SENSOR_COLORS.alarm, ['==', ['get', 'level'], 'warn'], SENSOR_COLORS.warn, color],
      'circle-stroke-color': kind === 'rain' ? '#e0e7ff' : '#e0f2fe',
      'circle-stroke-width': kind === 'rain' ? 2.5 : 1,
    },
  };
}

export const WATER_LEVEL_LAYER = gaugeLayer(WATER_LEVEL_LAYER_ID, 'water_level', SENSOR_COLORS.water);
export const RAIN_LAYER = gaugeLayer(RAIN_LAYER_ID, 'rain', SENSOR_COLORS.rain);

export const PUMPS_LAYER: CircleLayerSpecification = {
  id: PUMPS_LAYER_ID,
  type: 'circle',
  source: SENSORS_SOURCE,
  filter: ['==', ['get', 'kind'], 'pump'],
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 15, 8],
    'circle-color': ['case', silent, SENSOR_COLORS.silent, ['==', ['get', 'level'], 'on'], SENSOR_COLORS.pumpOn, SENSOR_COLORS.pumpOff],
    'circle-stroke-color': SENSOR_COLORS.pumpOn,
    'circle-stroke-width': 2,
  },
};

/** AQI bands as a step on the reading: 0–50, 51–100, 101–150, 151–200, 201–300, > 300. */
const aqiStep = ['step', ['get', 'value'], AQI_COLORS[0].color, ...AQI_COLORS.slice(1).flatMap((b, i) => [AQI_COLORS[i].max + 1, b.color])] as unknown as ExpressionSpecification;

export const AIR_SENSORS_LAYER: CircleLayerSpecification = {
  id: AIR_SENSORS_LAYER_ID,
  type: 'circle',
  source: SENSORS_SOURCE,
  filter: ['==', ['get', 'kind'], 'air_quality'],
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 5, 15, 9],
    'circle-color': ['case', silent, SENSOR_COLORS.silent, aqiStep],
    'circle-stroke-color': '#0b1220',
    'circle-stroke-width': 1.5,
  },
};

/** The choropleth sits under the ward lines; the sensor points above roads, below live units. */
export const FLOOD_RISK_LAYERS = [FLOOD_RISK_FILL_LAYER, FLOOD_RISK_LINE_LAYER];
export const SENSOR_POINT_LAYER_SPECS = [AIR_SENSORS_LAYER, PUMPS_LAYER, RAIN_LAYER, WATER_LEVEL_LAYER];
