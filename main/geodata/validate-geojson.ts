// Checks a parsed GeoJSON FeatureCollection against what a layer takes; every problem names the feature.
import { GEO_LAYER_KIND, IMPORT_BOUNDS, NAME_REQUIRED, type GeoImportIssue, type GeoLayerId } from '../../common/geodata/geo-layers';

export const MAX_LISTED_ISSUES = 100;

const NAME_CANDIDATES = ['name', 'name:vi', 'name_vi', 'ten', 'Ten', 'TEN', 'ten_xa', 'TEN_XA', 'tenXa', 'NAME', 'Name', 'fullName', 'full_name'];

const ACCEPTED: Record<'polygon' | 'line' | 'point', readonly string[]> = {
  polygon: ['Polygon', 'MultiPolygon'],
  line: ['LineString', 'MultiLineString'],
  point: ['Point'],
};

export interface ValidFeature {
  index: number;
  ref: string;
  name: string | null;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}

export interface ValidationResult {
  features: ValidFeature[];
  nameField: string | null;
  issues: GeoImportIssue[];
  issueCount: number;
}

type Problem = Omit<GeoImportIssue, 'index'>;

/** The property that names features: the candidate most features carry as a non-empty string. */
export function detectNameField(features: readonly unknown[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const key of NAME_CANDIDATES) {
    let count = 0;
    for (const f of features) {
      const v = (f as { properties?: Record<string, unknown> } | null)?.properties?.[key];
      if (typeof v === 'string' && v.trim()) count++;
    }
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

export function validateFeatureCollection(
  value: unknown,
  layer: GeoLayerId,
  onProgress?: (done: number, total: number) => void,
): ValidationResult {
  const issues: GeoImportIssue[] = [];
  let issueCount = 0;
  const report = (index: number | null, p: Problem) => {
    issueCount++;
    if (issues.length < MAX_LISTED_ISSUES) issues.push({ index, ...p });
  };
  const fc = value as { type?: unknown; features?: unknown } | null;
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    const got = fc && typeof fc === 'object' ? `type ${JSON.stringify(fc.type)}` : JSON.stringify(fc)?.slice(0, 40);
    report(null, { reason: 'not_collection', message: `the file must be a GeoJSON FeatureCollection with a "features" array, got ${got}` });
    return { features: [], nameField: null, issues, issueCount };
  }
  const raw = fc.features as unknown[];
  if (raw.length === 0) {
    report(null, { reason: 'empty', message: 'the FeatureCollection has no features' });
    return { features: [], nameField: null, issues, issueCount };
  }
  const nameField = detectNameField(raw);
  const features: ValidFeature[] = [];
  raw.forEach((f, index) => {
    const problem = checkFeature(f, layer, nameField);
    if (problem) report(index, { ...problem, message: `feature ${index}: ${problem.message}` });
    else features.push(toValid(f as RawFeature, index, nameField));
    if (onProgress && (index + 1) % 500 === 0) onProgress(index + 1, raw.length);
  });
  onProgress?.(raw.length, raw.length);
  return { features: issueCount ? [] : features, nameField, issues, issueCount };
}

type RawFeature = { type?: unknown; id?: unknown; properties?: Record<string, unknown> | null; geometry?: { type?: unknown; coordinates?: unknown } | null };

function checkFeature(f: unknown, layer: GeoLayerId, nameField: string | null): Problem | null {
  const feature = f as RawFeature | null;
  if (!feature || typeof feature !== 'object' || feature.type !== 'Feature') {
    return { reason: 'not_feature', message: `must be an object with "type": "Feature", got ${short(feature?.type ?? feature)}` };
  }
  const g = feature.geometry;
  if (!g || typeof g !== 'object') return { reason: 'missing_geometry', message: 'has no geometry' };
  const kind = GEO_LAYER_KIND[layer];
  if (typeof g.type !== 'string' || !ACCEPTED[kind].includes(g.type)) {
    return { reason: 'wrong_geometry', message: `geometry type ${short(g.type)} does not fit the ${layer} layer, which takes ${ACCEPTED[kind].join(' or ')}` };
  }
  const geomProblem = checkGeometry(g.type, g.coordinates);
  if (geomProblem) return geomProblem;
  if (NAME_REQUIRED.has(layer)) {
    const v = nameField ? feature.properties?.[nameField] : undefined;
    if (typeof v !== 'string' || !v.trim()) {
      return { reason: 'missing_name', message: nameField ? `has no name: properties.${nameField} is ${short(v)}` : 'has no name property (looked for name, ten, ten_xa, fullName…)' };
    }
  }
  return null;
}

function checkGeometry(type: string, coords: unknown): Problem | null {
  switch (type) {
    case 'Point':
      return checkPosition(coords, 'geometry.coordinates');
    case 'LineString':
      return checkLine(coords, 'geometry.coordinates');
    case 'MultiLineString':
      return eachOf(coords, 'geometry.coordinates', checkLine);
    case 'Polygon':
      return checkPolygon(coords, 'geometry.coordinates');
    case 'MultiPolygon':
      return eachOf(coords, 'geometry.coordinates', checkPolygon);
  }
  return null;
}

function eachOf(v: unknown, path: string, check: (v: unknown, path: string) => Problem | null): Problem | null {
  if (!Array.isArray(v) || v.length === 0) return { reason: 'bad_coordinates', message: `${path} must be a non-empty array, got ${short(v)}` };
  for (let i = 0; i < v.length; i++) {
    const p = check(v[i], `${path}[${i}]`);
    if (p) return p;
  }
  return null;
}

function checkPolygon(rings: unknown, path: string): Problem | null {
  return eachOf(rings, path, (ring, ringPath) => {
    const p = checkLine(ring, ringPath, 4);
    if (p) return p;
    const r = ring as number[][];
    const first = r[0];
    const last = r[r.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      return { reason: 'unclosed_ring', message: `ring ${ringPath} is not closed: it starts at ${short(first)} and ends at ${short(last)}` };
    }
    return null;
  });
}

function checkLine(line: unknown, path: string, min = 2): Problem | null {
  if (!Array.isArray(line)) return { reason: 'bad_coordinates', message: `${path} must be an array of positions, got ${short(line)}` };
  for (let i = 0; i < line.length; i++) {
    const p = checkPosition(line[i], `${path}[${i}]`);
    if (p) return p;
  }
  if (line.length < min) {
    return { reason: 'too_few_points', message: `${path} has ${line.length} position(s); ${min === 4 ? 'a polygon ring needs at least 4 (closed)' : 'a line needs at least 2'}` };
  }
  return null;
}

function checkPosition(pos: unknown, path: string): Problem | null {
  if (!Array.isArray(pos) || pos.length < 2 || typeof pos[0] !== 'number' || typeof pos[1] !== 'number' || !Number.isFinite(pos[0]) || !Number.isFinite(pos[1])) {
    return { reason: 'bad_coordinates', message: `${path} must be [lon, lat] numbers, got ${short(pos)}` };
  }
  const [lon, lat] = pos as number[];
  const b = IMPORT_BOUNDS;
  const swapped = lat >= b.minLon && lat <= b.maxLon && lon >= b.minLat && lon <= b.maxLat;
  const hint = swapped ? ' (it looks like [lat, lon]; GeoJSON is [lon, lat])' : '';
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    return { reason: 'out_of_range', message: `${path} = ${short(pos)}: lon must be within -180…180 and lat within -90…90${hint}` };
  }
  if (lon < b.minLon || lon > b.maxLon || lat < b.minLat || lat > b.maxLat) {
    return { reason: 'out_of_range', message: `${path} = ${short(pos)} lies outside the Hanoi area (lon ${b.minLon}…${b.maxLon}, lat ${b.minLat}…${b.maxLat})${hint}` };
  }
  return null;
}

function toValid(f: RawFeature, index: number, nameField: string | null): ValidFeature {
  const properties = { ...(f.properties ?? {}) };
  const name = nameField && typeof properties[nameField] === 'string' ? (properties[nameField] as string).trim() : null;
  const idProp = properties.code ?? properties.osm_id ?? properties.id;
  const ref = typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : idProp !== undefined && idProp !== null ? String(idProp) : String(index);
  return { index, ref, name: name || null, properties, geometry: { type: f.geometry!.type as string, coordinates: f.geometry!.coordinates } };
}

function short(v: unknown): string {
  const s = v === undefined ? 'undefined' : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
