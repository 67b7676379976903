// The operator's layers, grouped as the plan groups them; each names the map layers it drives.
import { AGENCIES, type Agency } from '../../../../../common/domain/unit';
import { CAMERA_STATUSES } from '../../../../../common/domain/camera';
import { PRIORITIES } from '../../../../../common/domain/incident';
import type { MapContext } from '../../../../../common/bridge/contract';
import type { ConsoleState } from '../../../../state/console-state';
import { AGENCY_COLORS, CAMERA_COLORS, POI_COLORS, PRIORITY_COLORS, ROAD_COLORS, WARD_COLORS } from '../../model/colors';
import { ENVIRONMENT_GROUP, WATER_SENSOR_ENTRIES } from './sensor-catalog';

export interface Swatch {
  color: string;
  /** Message key, with params when it has some. */
  label: string;
  params?: Record<string, string | number>;
  shape?: 'dot' | 'line' | 'area';
}

export interface CatalogEntry {
  id: string;
  label: string;
  /** MapLibre layer ids this entry shows, hides and fades. */
  mapLayers: string[];
  /** For unit entries: the agency whose units it filters in the shared units layer. */
  agency?: Agency;
  /** HTML ward labels rather than a MapLibre layer. */
  htmlLabels?: boolean;
  swatches: Swatch[];
  /** Features it has now (live layers may have 0), or null when it has no data yet (nothing imported). */
  count(state: Pick<ConsoleState, 'mapContext' | 'incidents' | 'units' | 'cameras' | 'sensors' | 'floodRisks'>): number | null;
}

export interface CatalogGroup {
  id: string;
  label: string;
  entries: CatalogEntry[];
}

function featureCount(fc: unknown): number | null {
  const features = (fc as { features?: unknown[] } | null | undefined)?.features;
  return Array.isArray(features) && features.length ? features.length : null;
}

type PointLayer = keyof NonNullable<MapContext['points']>;

/** An imported point layer: one map layer, counted from MapContext.points. */
function poiEntry(id: string, layer: PointLayer, mapLayer: string, swatches: Swatch[]): CatalogEntry {
  return { id, label: `layers.${id}`, mapLayers: [mapLayer], swatches, count: (s) => featureCount(s.mapContext?.points?.[layer]) };
}
const orNull = (n: number) => (n > 0 ? n : null);

function unitEntry(agency: Agency): CatalogEntry {
  return {
    id: `units.${agency}`,
    label: `agency.${agency}`,
    mapLayers: ['units-circle'],
    agency,
    swatches: [{ color: AGENCY_COLORS[agency], label: `agency.${agency}` }],
    count: (s) => [...s.units.values()].filter((u) => u.agency === agency).length,
  };
}

export const LAYER_CATALOG: CatalogGroup[] = [
  {
    id: 'administrative',
    label: 'layers.group.administrative',
    entries: [
      {
        id: 'wards',
        label: 'layers.wards',
        mapLayers: ['wards-fill', 'wards-line', 'ward-selected-line'],
        swatches: [{ color: WARD_COLORS.line, label: 'layers.wards', shape: 'area' }],
        count: (s) => featureCount(s.mapContext?.wardAreas),
      },
      {
        id: 'boundary',
        label: 'layers.boundary',
        mapLayers: ['city-boundary-line'],
        swatches: [{ color: WARD_COLORS.boundary, label: 'layers.boundary', shape: 'line' }],
        count: (s) => featureCount(s.mapContext?.boundary),
      },
      { id: 'wardLabels', label: 'layers.wardLabels', mapLayers: [], htmlLabels: true, swatches: [], count: (s) => orNull(s.mapContext?.wards.length ?? 0) },
    ],
  },
  {
    id: 'security',
    label: 'layers.group.security',
    entries: [
      {
        id: 'cameras',
        label: 'map.cameras',
        mapLayers: ['cameras-circle', 'cameras-clusters', 'camera-fov-fill'],
        swatches: CAMERA_STATUSES.map((c) => ({ color: CAMERA_COLORS[c], label: `cameraStatus.${c}` })),
        count: (s) => s.cameras.size,
      },
      {
        id: 'incidents',
        label: 'role.incidents',
        mapLayers: ['incidents-circle', 'incidents-selected'],
        swatches: PRIORITIES.map((p) => ({ color: PRIORITY_COLORS[p], label: `priority.${p}` })),
        count: (s) => s.incidents.size,
      },
      unitEntry('police'),
    ],
  },
  {
    id: 'traffic',
    label: 'layers.group.traffic',
    entries: [
      {
        id: 'roads',
        label: 'layers.roads',
        mapLayers: ['roads-line'],
        swatches: [
          { color: ROAD_COLORS.major, label: 'layers.roadsMajor', shape: 'line' },
          { color: ROAD_COLORS.minor, label: 'layers.roadsMinor', shape: 'line' },
        ],
        count: (s) => featureCount(s.mapContext?.roads),
      },
      poiEntry('trafficSignals', 'trafficSignals', 'poi-traffic-signals-circle', [{ color: POI_COLORS.trafficSignal, label: 'layers.trafficSignals' }]),
    ],
  },
  {
    id: 'water',
    label: 'layers.group.water',
    entries: [
      {
        id: 'water',
        label: 'layers.water',
        mapLayers: ['water-fill'],
        swatches: [{ color: WARD_COLORS.water, label: 'layers.water', shape: 'area' }],
        count: (s) => featureCount(s.mapContext?.water),
      },
      unitEntry('drainage'),
      ...WATER_SENSOR_ENTRIES,
    ],
  },
  ENVIRONMENT_GROUP,
  {
    id: 'publicServices',
    label: 'layers.group.publicServices',
    entries: [
      poiEntry('health', 'health', 'poi-health-circle', [
        { color: POI_COLORS.hospital, label: 'layers.hospital' },
        { color: POI_COLORS.clinic, label: 'layers.clinic' },
      ]),
      poiEntry('policePosts', 'police', 'poi-police-circle', [{ color: POI_COLORS.policePost, label: 'layers.policePosts' }]),
    ],
  },
  {
    id: 'transport',
    label: 'layers.group.transport',
    entries: [
      poiEntry('busStops', 'busStops', 'poi-bus-stops-circle', [{ color: POI_COLORS.busStop, label: 'layers.busStops' }]),
      {
        id: 'busRoutes',
        label: 'layers.busRoutes',
        mapLayers: ['bus-routes-line'],
        swatches: [{ color: POI_COLORS.busStop, label: 'layers.busRoutes', shape: 'line' }],
        count: (s) => featureCount(s.mapContext?.lines?.busRoutes),
      },
    ],
  },
  {
    id: 'units',
    label: 'layers.group.units',
    entries: AGENCIES.filter((a) => a !== 'police' && a !== 'drainage').map(unitEntry),
  },
];

export const ALL_ENTRIES: CatalogEntry[] = LAYER_CATALOG.flatMap((g) => g.entries);
