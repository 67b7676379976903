// Camera registry reads and imports as the windows see them (bridge arguments and results).
import type { Camera, CameraKind, CameraStatus } from './camera';
import { CAMERA_KINDS, CAMERA_STATUSES, isCameraKind, isCameraStatus } from './camera';
import type { GeoPoint } from './geo';
import { invalid, ok, type Result } from '../result';

export interface GeoBox {
  minLat: number;
  minLon: number;
  maxLat: number;
  maxLon: number;
}

export interface SearchCamerasArgs {
  text?: string;
  bbox?: GeoBox;
  kind?: CameraKind;
  status?: CameraStatus;
  pageSize?: number;
  pageToken?: string;
}

export interface CameraPage {
  cameras: Camera[];
  /** Empty on the last page. */
  nextPageToken: string;
  total: number;
  /** More than `total` match (counting stops at 10,000). */
  totalCapped: boolean;
}

export interface NearestCamerasArgs {
  point: GeoPoint;
  k: number;
  maxDistanceM?: number;
  kind?: CameraKind;
  status?: CameraStatus;
}

export interface NearestCameras {
  cameras: { camera: Camera; distanceM: number }[];
}

export const CAMERA_IMPORT_FORMATS = ['csv', 'geojson'] as const;
export type CameraImportFormat = (typeof CAMERA_IMPORT_FORMATS)[number];

/** A problem with one row (CSV, 0-based data row) or feature (GeoJSON); index -1: the file as a whole. */
export interface CameraImportError {
  index: number;
  /** 1-based line in a CSV file; 0 for GeoJSON. */
  line: number;
  field: string;
  value: string;
  message: string;
}

export type CameraImportReceipt =
  | { state: 'imported'; fileName: string; rows: number; created: number; updated: number }
  | { state: 'rejected'; fileName: string; rows: number; errorCount: number; errors: CameraImportError[] }
  | { state: 'partReceived'; uploadId: string; received: number; count: number };

export interface CameraImportProgress {
  uploadId: string;
  fileName: string;
  phase: 'receiving' | 'sending' | 'done' | 'failed';
  done: number;
  total: number;
}

export interface ImportCamerasArgs {
  format: CameraImportFormat;
  fileName: string;
  text: string;
  part?: { uploadId: string; index: number; count: number };
}

export const SEARCH_PAGE_MAX = 500;
export const NEAREST_K_MAX = 200;
export const SEARCH_TEXT_MAX = 200;

export function formatFromFileName(name: string): CameraImportFormat | undefined {
  const n = name.toLowerCase();
  if (n.endsWith('.csv')) return 'csv';
  if (n.endsWith('.geojson') || n.endsWith('.json')) return 'geojson';
  return undefined;
}

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export function validateGeoBox(raw: unknown, field = 'bbox'): Result<GeoBox> {
  const b = raw as Partial<GeoBox> | null;
  if (!b || typeof b !== 'object') return invalid(field, `${field} must be {minLat, minLon, maxLat, maxLon}, got ${JSON.stringify(raw)}`);
  for (const k of ['minLat', 'minLon', 'maxLat', 'maxLon'] as const) {
    if (!finite(b[k])) return invalid(`${field}.${k}`, `${field}.${k} must be a number, got ${JSON.stringify(b[k])}`);
  }
  const box = b as GeoBox;
  if (box.minLat < -90 || box.maxLat > 90 || box.minLat > box.maxLat) return invalid(`${field}.minLat`, `${field} latitudes must satisfy -90 ≤ minLat ≤ maxLat ≤ 90, got ${box.minLat}..${box.maxLat}`);
  if (box.minLon < -180 || box.maxLon > 180 || box.minLon > box.maxLon) return invalid(`${field}.minLon`, `${field} longitudes must satisfy -180 ≤ minLon ≤ maxLon ≤ 180, got ${box.minLon}..${box.maxLon}`);
  return ok({ minLat: box.minLat, minLon: box.minLon, maxLat: box.maxLat, maxLon: box.maxLon });
}

function optionalFilters(a: { kind?: unknown; status?: unknown }): Result<{ kind?: CameraKind; status?: CameraStatus }> {
  if (a.kind !== undefined && a.kind !== '' && !isCameraKind(a.kind)) return invalid('kind', `kind must be one of ${CAMERA_KINDS.join(', ')}, got ${JSON.stringify(a.kind)}`);
  if (a.status !== undefined && a.status !== '' && !isCameraStatus(a.status)) return invalid('status', `status must be one of ${CAMERA_STATUSES.join(', ')}, got ${JSON.stringify(a.status)}`);
  return ok({ kind: (a.kind || undefined) as CameraKind | undefined, status: (a.status || undefined) as CameraStatus | undefined });
}

export function validateSearchCamerasArgs(raw: unknown): Result<SearchCamerasArgs> {
  const a = (raw ?? {}) as Record<string, unknown>;
  if (typeof a !== 'object') return invalid('args', 'searchCameras takes {text?, bbox?, kind?, status?, pageSize?, pageToken?}');
  const out: SearchCamerasArgs = {};
  if (a.text !== undefined) {
    if (typeof a.text !== 'string' || a.text.length > SEARCH_TEXT_MAX) return invalid('text', `text must be a string of at most ${SEARCH_TEXT_MAX} characters, got ${JSON.stringify(a.text)?.slice(0, 80)}`);
    out.text = a.text;
  }
  if (a.bbox !== undefined && a.bbox !== null) {
    const b = validateGeoBox(a.bbox);
    if (!b.ok) return b;
    out.bbox = b.value;
  }
  const f = optionalFilters(a);
  if (!f.ok) return f;
  Object.assign(out, f.value);
  if (a.pageSize !== undefined) {
    if (!Number.isInteger(a.pageSize) || (a.pageSize as number) < 1 || (a.pageSize as number) > SEARCH_PAGE_MAX) return invalid('pageSize', `pageSize must be an integer from 1 to ${SEARCH_PAGE_MAX}, got ${JSON.stringify(a.pageSize)}`);
    out.pageSize = a.pageSize as number;
  }
  if (a.pageToken !== undefined && a.pageToken !== '') {
    if (typeof a.pageToken !== 'string' || a.pageToken.length > 512) return invalid('pageToken', `pageToken must be the nextPageToken of a previous page, got ${JSON.stringify(a.pageToken)?.slice(0, 80)}`);
    out.pageToken = a.pageToken;
  }
  return ok(out);
}

export function validateNearestCamerasArgs(raw: unknown): Result<NearestCamerasArgs> {
  const a = (raw ?? {}) as Record<string, unknown>;
  const p = a.point as Partial<GeoPoint> | undefined;
  if (!p || typeof p !== 'object' || !finite(p.lat) || !finite(p.lon) || Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180) {
    return invalid('point', `point must be {lat: -90..90, lon: -180..180}, got ${JSON.stringify(a.point)}`);
  }
  if (!Number.isInteger(a.k) || (a.k as number) < 1 || (a.k as number) > NEAREST_K_MAX) return invalid('k', `k must be an integer from 1 to ${NEAREST_K_MAX}, got ${JSON.stringify(a.k)}`);
  const out: NearestCamerasArgs = { point: { lat: p.lat, lon: p.lon }, k: a.k as number };
  if (a.maxDistanceM !== undefined && a.maxDistanceM !== null) {
    if (!finite(a.maxDistanceM) || a.maxDistanceM <= 0) return invalid('maxDistanceM', `maxDistanceM must be a positive number of metres, got ${JSON.stringify(a.maxDistanceM)}`);
    out.maxDistanceM = a.maxDistanceM;
  }
  const f = optionalFilters(a);
  if (!f.ok) return f;
  return ok({ ...out, ...f.value });
}
