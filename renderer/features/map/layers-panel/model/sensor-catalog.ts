// Layer-panel entries for the water and flooding group (flood risk, gauges, pumps) and the
// environment group (air quality); counted from the live sensors and forecasts.
import { AQI_BANDS, type SensorKind } from '../../../../../common/domain/sensor';
import type { ConsoleState } from '../../../../state/console-state';
import { AIR_SENSORS_LAYER_ID, FLOOD_RISK_FILL_LAYER_ID, FLOOD_RISK_LINE_LAYER_ID, PUMPS_LAYER_ID, RAIN_LAYER_ID, WATER_LEVEL_LAYER_ID } from '../../layers/sensor-layers';
import { FLOOD_RISK_COLORS, SENSOR_COLORS } from '../../model/sensor-colors';
import type { CatalogEntry, CatalogGroup } from './layer-catalog';

type Counted = Pick<ConsoleState, 'sensors' | 'floodRisks'>;

function countKind(s: Counted, kind: SensorKind): number | null {
  let n = 0;
  for (const x of s.sensors.values()) if (x.kind === kind) n++;
  return n > 0 ? n : null;
}

const silentSwatch = { color: SENSOR_COLORS.silent, label: 'sensorStatus.offline' };

/** A gauge layer: its normal colour, then the shared warn/alarm/silent colours. */
function gaugeEntry(id: string, mapLayer: string, normal: string, kind: SensorKind): CatalogEntry {
  return {
    id,
    label: `layers.${id}`,
    mapLayers: [mapLayer],
    swatches: [
      { color: normal, label: 'sensorLevel.normal' },
      { color: SENSOR_COLORS.warn, label: 'sensorLevel.warn' },
      { color: SENSOR_COLORS.alarm, label: 'sensorLevel.alarm' },
      silentSwatch,
    ],
    count: (s) => countKind(s, kind),
  };
}

export const WATER_SENSOR_ENTRIES: CatalogEntry[] = [
  {
    id: 'floodRisk',
    label: 'layers.floodRisk',
    mapLayers: [FLOOD_RISK_FILL_LAYER_ID, FLOOD_RISK_LINE_LAYER_ID],
    swatches: (['severe', 'high', 'moderate', 'low', 'unknown'] as const).map((r) => ({ color: FLOOD_RISK_COLORS[r], label: `floodRisk.${r}`, shape: 'area' as const })),
    count: (s) => (s.floodRisks.size > 0 ? s.floodRisks.size : null),
  },
  gaugeEntry('waterLevel', WATER_LEVEL_LAYER_ID, SENSOR_COLORS.water, 'water_level'),
  gaugeEntry('rain', RAIN_LAYER_ID, SENSOR_COLORS.rain, 'rain'),
  {
    id: 'pumps',
    label: 'layers.pumps',
    mapLayers: [PUMPS_LAYER_ID],
    swatches: [
      { color: SENSOR_COLORS.pumpOn, label: 'sensorLevel.on' },
      { color: SENSOR_COLORS.pumpOff, label: 'sensorLevel.off' },
      silentSwatch,
    ],
    count: (s) => countKind(s, 'pump'),
  },
];

export const ENVIRONMENT_GROUP: CatalogGroup = {
  id: 'environment',
  label: 'layers.group.environment',
  entries: [
    {
      id: 'airQuality',
      label: 'layers.airQuality',
      mapLayers: [AIR_SENSORS_LAYER_ID],
      swatches: [...AQI_BANDS.map((b) => ({ color: b.color, label: `aqiBand.${b.band}` })), silentSwatch],
      count: (s) => countKind(s, 'air_quality'),
    },
  ],
};
