// One camera as an import row or feature gives it, checked field by field into a registry record.
import { CAMERA_KINDS, CAMERA_STATUSES, isCameraKind, isCameraStatus, type CameraKind, type CameraStatus } from '../../../common/domain/camera';
import type { CameraImportError } from '../../../common/domain/camera-registry';
import { IMPORT_BOUNDS } from '../../../common/geodata/geo-layers';
import { streamUrlProblem } from './stream-url';
import type { WardLocator } from './ward-locator';

export interface RegistryCameraInput {
  id: string;
  name: string;
  lat: number;
  lon: number;
  ward: string;
  headingDeg: number;
  fovDeg: number;
  streamUrl: string;
  subStreamUrl: string;
  kind: CameraKind;
  /** Absent: a new camera starts offline (never seen) and an existing one keeps its status. */
  status?: CameraStatus;
  lastSeenMs?: number;
  tags: string[];
  /** Where the record came from: row/feature index and CSV line. */
  at: { index: number; line: number; fieldPrefix: string };
}

/** The fields an import reads, with the names (lower-case) a file may use for them. */
export const FIELD_ALIASES: Record<string, readonly string[]> = {
  id: ['id', 'camera_id', 'ma'],
  name: ['name', 'ten'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'long', 'longitude'],
  ward: ['ward', 'phuong'],
  heading_deg: ['heading_deg', 'heading'],
  fov_deg: ['fov_deg', 'fov'],
  stream_url: ['stream_url', 'main_stream_url', 'main_stream', 'url'],
  sub_stream_url: ['sub_stream_url', 'sub_stream'],
  kind: ['kind', 'type'],
  status: ['status'],
  last_seen: ['last_seen', 'last_seen_ms', 'last_seen_at'],
  tags: ['tags'],
};

export const REQUIRED_FIELDS = ['id', 'name', 'lat', 'lon', 'stream_url'] as const;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const MAX_NAME = 200;
const MAX_TAGS = 20;
const MAX_TAG = 40;

/** A raw value: CSV gives strings, GeoJSON properties any JSON value. */
export type RawValue = unknown;

export interface InputContext {
  index: number;
  line: number;
  /** Prefix for field names in errors ("" for CSV, "properties." for GeoJSON). */
  fieldPrefix: string;
  wards: WardLocator;
}

function show(v: RawValue): string {
  if (v === undefined || v === null) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 120 ? s.slice(0, 117) + '…' : s;
}

function blank(v: RawValue): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function num(v: RawValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v)) return Number(v);
  return NaN;
}

/** Parses ISO 8601 (with a zone) or epoch milliseconds. */
function timeMs(v: RawValue): number {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : NaN;
  const s = String(v).trim();
  if (/^\d{10,16}$/.test(s)) return Number(s);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) return NaN;
  return Date.parse(s);
}

/**
 * Checks one record. Every problem is reported (not only the first), each naming the field and value;
 * the record comes back only when there is none.
 */
export function checkCamera(get: (field: string) => RawValue, ctx: InputContext, errors: CameraImportError[]): RegistryCameraInput | undefined {
  const before = errors.length;
  const err = (field: string, value: RawValue, message: string) =>
    errors.push({ index: ctx.index, line: ctx.line, field: ctx.fieldPrefix + field, value: show(value), message });
  const str = (field: string): string => {
    const v = get(field);
    if (blank(v)) return '';
    if (typeof v !== 'string' && typeof v !== 'number') {
      err(field, v, 'must be text');
      return '';
    }
    return String(v).trim();
  };

  for (const f of REQUIRED_FIELDS) if (blank(get(f))) err(f, get(f), 'is required');

  const id = str('id');
  if (id && !ID_PATTERN.test(id)) err('id', id, 'must be 1–64 letters, digits, _ . : or -, starting with a letter or digit');
  const name = str('name');
  if (name.length > MAX_NAME) err('name', name, `is longer than ${MAX_NAME} characters`);

  const lat = num(get('lat'));
  const lon = num(get('lon'));
  if (!blank(get('lat')) && !(lat >= IMPORT_BOUNDS.minLat && lat <= IMPORT_BOUNDS.maxLat)) {
    err('lat', get('lat'), Number.isFinite(lat) ? `is outside the area this console covers (${IMPORT_BOUNDS.minLat}–${IMPORT_BOUNDS.maxLat}); are lat and lon swapped?` : 'must be a number (decimal degrees)');
  }
  if (!blank(get('lon')) && !(lon >= IMPORT_BOUNDS.minLon && lon <= IMPORT_BOUNDS.maxLon)) {
    err('lon', get('lon'), Number.isFinite(lon) ? `is outside the area this console covers (${IMPORT_BOUNDS.minLon}–${IMPORT_BOUNDS.maxLon}); are lat and lon swapped?` : 'must be a number (decimal degrees)');
  }

  let headingDeg = 0;
  if (!blank(get('heading_deg'))) {
    headingDeg = num(get('heading_deg'));
    if (!(headingDeg >= 0 && headingDeg < 360)) err('heading_deg', get('heading_deg'), 'must be a number of degrees from 0 (north) to less than 360, clockwise');
  }
  let fovDeg = 60;
  if (!blank(get('fov_deg'))) {
    fovDeg = num(get('fov_deg'));
    if (!(fovDeg > 0 && fovDeg <= 360)) err('fov_deg', get('fov_deg'), 'must be a number of degrees greater than 0 and at most 360');
  }

  const streamUrl = str('stream_url');
  const mainProblem = streamUrl ? streamUrlProblem(streamUrl) : null;
  if (mainProblem) err('stream_url', streamUrl, mainProblem);
  const subStreamUrl = str('sub_stream_url');
  const subProblem = subStreamUrl ? streamUrlProblem(subStreamUrl) : null;
  if (subProblem) err('sub_stream_url', subStreamUrl, subProblem);

  let kind: CameraKind = 'traffic';
  const rawKind = str('kind').toLowerCase();
  if (rawKind) {
    if (isCameraKind(rawKind)) kind = rawKind;
    else err('kind', get('kind'), `must be one of ${CAMERA_KINDS.join(', ')}`);
  }
  let status: CameraStatus | undefined;
  const rawStatus = str('status').toLowerCase();
  if (rawStatus) {
    if (isCameraStatus(rawStatus)) status = rawStatus;
    else err('status', get('status'), `must be one of ${CAMERA_STATUSES.join(', ')}`);
  }
  let lastSeenMs: number | undefined;
  if (!blank(get('last_seen'))) {
    lastSeenMs = timeMs(get('last_seen'));
    if (!Number.isFinite(lastSeenMs)) err('last_seen', get('last_seen'), 'must be an ISO 8601 time with a zone (2026-11-23T08:00:00+07:00) or epoch milliseconds');
  }

  const tags = tagsOf(get('tags'), (m) => err('tags', get('tags'), m));

  let ward = '';
  const rawWard = str('ward');
  if (rawWard) {
    const known = ctx.wards.canonical(rawWard);
    if (known) ward = known;
    else err('ward', rawWard, 'is not a ward this engine knows; leave it empty to have it found from lat/lon');
  }
  if (errors.length > before) return undefined;
  if (!ward) ward = ctx.wards.locate(lat, lon);
  return { id, name, lat, lon, ward, headingDeg, fovDeg, streamUrl, subStreamUrl, kind, status, lastSeenMs, tags, at: { index: ctx.index, line: ctx.line, fieldPrefix: ctx.fieldPrefix } };
}

function tagsOf(v: RawValue, err: (message: string) => void): string[] {
  if (blank(v)) return [];
  let list: unknown[];
  if (Array.isArray(v)) list = v;
  else if (typeof v === 'string') list = v.split(/[;|]/);
  else {
    err('must be a list of words (CSV: separated by ; or |)');
    return [];
  }
  const tags = [...new Set(list.map((t) => (typeof t === 'string' ? t.trim() : '\u0000')).filter((t) => t !== ''))];
  if (tags.some((t) => t === '\u0000')) err('must contain only text');
  else if (tags.length > MAX_TAGS) err(`has ${tags.length} tags; the limit is ${MAX_TAGS}`);
  else if (tags.some((t) => t.length > MAX_TAG)) err(`a tag is longer than ${MAX_TAG} characters`);
  else return tags;
  return [];
}
