// The layers an operator can import from GeoJSON, and the geometry each one takes.

export const GEO_LAYERS = ['wards', 'roads', 'water', 'health', 'busStops', 'trafficSignals', 'police', 'boundary', 'busRoutes'] as const;
export type GeoLayerId = (typeof GEO_LAYERS)[number];

export type GeoKind = 'polygon' | 'line' | 'point';

export const GEO_LAYER_KIND: Record<GeoLayerId, GeoKind> = {
  wards: 'polygon',
  roads: 'line',
  water: 'polygon',
  health: 'point',
  busStops: 'point',
  trafficSignals: 'point',
  police: 'point',
  boundary: 'polygon',
  busRoutes: 'line',
};

/** Layers whose features must carry a name (a ward without one cannot be searched or labelled). */
export const NAME_REQUIRED: ReadonlySet<GeoLayerId> = new Set(['wards']);

export function isGeoLayerId(value: unknown): value is GeoLayerId {
  return typeof value === 'string' && (GEO_LAYERS as readonly string[]).includes(value);
}

/** Lon/lat bounds accepted on import: a little wider than Hanoi, so neighbouring features still fit. */
export const IMPORT_BOUNDS = { minLon: 104.5, maxLon: 107, minLat: 20, maxLat: 22 } as const;

/** The largest GeoJSON text one import takes (characters). */
export const MAX_IMPORT_CHARS = 32 * 1024 * 1024;
/** Characters per upload part: even at 6 bytes a character once JSON-escaped, a part fits a 1 MiB WebSocket frame. */
export const IMPORT_PART_CHARS = 150_000;

export type GeoIssueReason =
  | 'json'
  | 'not_collection'
  | 'not_feature'
  | 'missing_geometry'
  | 'wrong_geometry'
  | 'bad_coordinates'
  | 'out_of_range'
  | 'too_few_points'
  | 'unclosed_ring'
  | 'missing_name'
  | 'empty'
  /** OSM PBF: a truncated or corrupt blob (index = the blob's number in the file). */
  | 'pbf';

export interface GeoImportIssue {
  /** Index of the feature in the file's `features` array; null for problems with the file as a whole. */
  index: number | null;
  reason: GeoIssueReason;
  /** English, specific: names the feature, the path inside it and the value. */
  message: string;
}

export type GeoImportReceipt =
  | { state: 'imported'; layer: GeoLayerId; fileName: string; count: number; nameField: string | null; /** OSM ways left out: fewer than 2 of their nodes in the file. */ skipped?: number }
  | { state: 'rejected'; layer: GeoLayerId; fileName: string; errorCount: number; errors: GeoImportIssue[] }
  | { state: 'partReceived'; uploadId: string; received: number; count: number };

export interface GeoImportProgress {
  uploadId: string;
  layer: GeoLayerId;
  fileName: string;
  phase: 'receiving' | 'validating' | 'writing' | 'done' | 'failed' | 'decoding';
  done: number;
  total: number;
}

export interface ImportedLayerInfo {
  layer: GeoLayerId;
  fileName: string;
  count: number;
  importedMs: number;
}
