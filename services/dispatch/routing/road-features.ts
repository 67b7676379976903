import { ROAD_SPEEDS_KMH } from './speeds';

/** One drivable polyline read from a roads file: [lon, lat] pairs, its class and direction. */
export interface RoadLine {
  coordinates: [number, number][];
  roadClass: string;
  /** 'both', 'forward' (oneway=yes) or 'backward' (oneway=-1). */
  direction: 'both' | 'forward' | 'backward';
  featureIndex: number;
}

export interface RoadLinesRead {
  lines: RoadLine[];
  /** Features left out because their class is not routable by a vehicle, by class. */
  skippedByClass: Record<string, number>;
}

export interface ReadRoadsOptions {
  /** Property holding the road class: 'highway' for OSM exports, 'class' for the demo schematic. */
  classProperty?: string;
  /** How many feature errors to report at most. */
  maxErrors?: number;
}

/** A roads file that cannot be used; errors name the feature index and the reason. */
export class RoadImportError extends Error {
  constructor(
    readonly source: string,
    readonly errors: string[],
    readonly total: number,
  ) {
    super(`${source}: ${total} invalid feature${total === 1 ? '' : 's'}: ${errors.join('; ')}${total > errors.length ? `; … ${total - errors.length} more` : ''}`);
  }

  /** The file as a whole is unusable (unreadable, not JSON, not a FeatureCollection, no roads). */
  static whole(source: string, reason: string): RoadImportError {
    const e = new RoadImportError(source, [reason], 1);
    e.message = `${source}: ${reason}`;
    return e;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkPosition(p: unknown, where: string): string | [number, number] {
  if (!Array.isArray(p) || p.length < 2) return `${where}: expected [lon, lat], got ${JSON.stringify(p)?.slice(0, 40)}`;
  const [lon, lat] = p;
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) return `${where}: longitude ${JSON.stringify(lon)} is not in [-180, 180]`;
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) return `${where}: latitude ${JSON.stringify(lat)} is not in [-90, 90]`;
  return [lon, lat];
}

function direction(oneway: unknown): RoadLine['direction'] {
  if (oneway === 'yes' || oneway === 'true' || oneway === '1' || oneway === true) return 'forward';
  if (oneway === '-1' || oneway === 'reverse') return 'backward';
  return 'both';
}

/** Reads the drivable LineStrings / MultiLineStrings of a GeoJSON FeatureCollection, validating each. */
export function readRoadLines(data: unknown, source: string, opts: ReadRoadsOptions = {}): RoadLinesRead {
  const classProperty = opts.classProperty ?? 'highway';
  const maxErrors = opts.maxErrors ?? 20;
  if (!isRecord(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    throw RoadImportError.whole(source, 'the file is not a GeoJSON FeatureCollection with a features array');
  }
  const errors: string[] = [];
  let total = 0;
  const fail = (msg: string) => {
    total++;
    if (errors.length < maxErrors) errors.push(msg);
  };
  const lines: RoadLine[] = [];
  const skippedByClass: Record<string, number> = {};
  data.features.forEach((f: unknown, i: number) => {
    const at = `features[${i}]`;
    if (!isRecord(f) || f.type !== 'Feature') return fail(`${at}: not a GeoJSON Feature`);
    const props = isRecord(f.properties) ? f.properties : {};
    const roadClass = props[classProperty];
    if (typeof roadClass !== 'string' || roadClass === '') return fail(`${at}: properties.${classProperty} is missing; every road needs its class`);
    if (!(roadClass in ROAD_SPEEDS_KMH)) {
      skippedByClass[roadClass] = (skippedByClass[roadClass] ?? 0) + 1;
      return;
    }
    const g = f.geometry;
    if (!isRecord(g)) return fail(`${at}: geometry is missing`);
    const parts: unknown[] = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' && Array.isArray(g.coordinates) ? g.coordinates : [];
    if (g.type !== 'LineString' && g.type !== 'MultiLineString') return fail(`${at}: geometry type ${JSON.stringify(g.type)} is not LineString or MultiLineString`);
    const dir = direction(props.oneway);
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p];
      const where = g.type === 'LineString' ? `${at}.geometry.coordinates` : `${at}.geometry.coordinates[${p}]`;
      if (!Array.isArray(part) || part.length < 2) return fail(`${where}: a line needs at least 2 positions`);
      const coords: [number, number][] = [];
      for (let k = 0; k < part.length; k++) {
        const c = checkPosition(part[k], `${where}[${k}]`);
        if (typeof c === 'string') return fail(c);
        coords.push(c);
      }
      lines.push({ coordinates: coords, roadClass, direction: dir, featureIndex: i });
    }
  });
  if (total > 0) throw new RoadImportError(source, errors, total);
  return { lines, skippedByClass };
}
