// CSV and GeoJSON camera files → registry records, with every problem named by row/feature, field and value.
import type { CameraImportError, CameraImportFormat } from '../../../common/domain/camera-registry';
import { checkCamera, FIELD_ALIASES, REQUIRED_FIELDS, type RegistryCameraInput } from './camera-input';
import type { WardLocator } from './ward-locator';

export interface ParsedImport {
  rows: number;
  cameras: RegistryCameraInput[];
  errors: CameraImportError[];
}

export const MAX_IMPORT_ROWS = 1_000_000;

export function parseCameraFile(format: CameraImportFormat, text: string, wards: WardLocator): ParsedImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out = format === 'csv' ? parseCsvCameras(body, wards) : parseGeoJsonCameras(body, wards);
  flagDuplicateIds(out);
  return out;
}

function fileError(field: string, value: string, message: string): CameraImportError {
  return { index: -1, line: 0, field, value, message };
}

/** RFC 4180 records: quoted fields may hold separators, quotes ("") and line breaks. Yields [fields, first line]. */
export function* csvRecords(text: string, sep: string): Generator<[string[], number]> {
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new CsvError(startLine, 'a quoted field is never closed');
          value += text.slice(i, q);
          for (let k = i; k < q; k++) if (text.charCodeAt(k) === 10) line++;
          i = q + 1;
          if (text[i] === '"') {
            value += '"';
            i++;
          } else break;
        }
        if (i < n && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') throw new CsvError(line, `unexpected ${JSON.stringify(text[i])} after a closing quote`);
      } else {
        let j = i;
        while (j < n && text[j] !== sep && text[j] !== '\n' && text[j] !== '\r') j++;
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      if (i < n && text[i] === sep) {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    yield [fields, startLine];
  }
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

function parseCsvCameras(text: string, wards: WardLocator): ParsedImport {
  const out: ParsedImport = { rows: 0, cameras: [], errors: [] };
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records = csvRecords(text, sep);
  let header: string[] | undefined;
  const columnOf = new Map<string, number>();
  try {
    for (const [fields, line] of records) {
      if (!header) {
        header = fields.map((h) => h.trim().toLowerCase());
        for (const [field, aliases] of Object.entries(FIELD_ALIASES)) {
          const col = header.findIndex((h) => aliases.includes(h));
          if (col >= 0) columnOf.set(field, col);
        }
        const missing = REQUIRED_FIELDS.filter((f) => !columnOf.has(f));
        if (missing.length) {
          out.errors.push(fileError('header', firstLine.slice(0, 200), `has no column for ${missing.join(', ')} (accepted names: ${missing.map((m) => FIELD_ALIASES[m].join('/')).join('; ')})`));
          return out;
        }
        continue;
      }
      if (fields.length === 1 && fields[0].trim() === '') continue;
      const index = out.rows++;
      if (out.rows > MAX_IMPORT_ROWS) {
        out.errors.push(fileError('rows', String(out.rows), `more than ${MAX_IMPORT_ROWS} rows; split the file`));
        return out;
      }
      if (fields.length !== header.length) {
        out.errors.push({ index, line, field: 'row', value: fields.join(sep).slice(0, 120), message: `has ${fields.length} fields; the header has ${header.length}` });
        continue;
      }
      const cam = checkCamera((f) => {
        const c = columnOf.get(f);
        return c === undefined ? undefined : fields[c];
      }, { index, line, fieldPrefix: '', wards }, out.errors);
      if (cam) out.cameras.push(cam);
    }
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    out.errors.push({ index: out.rows, line: err.line, field: 'row', value: '', message: err.message });
  }
  if (!header) out.errors.push(fileError('file', '', 'is empty; a CSV camera file starts with a header row (id,name,lat,lon,stream_url,…)'));
  else if (out.rows === 0 && !out.errors.length) out.errors.push(fileError('file', '', 'has a header but no camera rows'));
  return out;
}

function parseGeoJsonCameras(text: string, wards: WardLocator): ParsedImport {
  const out: ParsedImport = { rows: 0, cameras: [], errors: [] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    out.errors.push(fileError('file', '', `is not valid JSON: ${(err as Error).message}`));
    return out;
  }
  const fc = doc as { type?: unknown; features?: unknown };
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    out.errors.push(fileError('type', String((fc as { type?: unknown })?.type ?? typeof doc), 'must be a GeoJSON FeatureCollection with a features array'));
    return out;
  }
  if (fc.features.length > MAX_IMPORT_ROWS) {
    out.errors.push(fileError('features', String(fc.features.length), `more than ${MAX_IMPORT_ROWS} features; split the file`));
    return out;
  }
  fc.features.forEach((raw, index) => {
    out.rows++;
    const f = raw as { type?: unknown; geometry?: { type?: unknown; coordinates?: unknown }; properties?: unknown; id?: unknown };
    const err = (field: string, value: unknown, message: string) => out.errors.push({ index, line: 0, field, value: JSON.stringify(value ?? null).slice(0, 120), message });
    if (!f || typeof f !== 'object' || f.type !== 'Feature') return err('type', f?.type, 'must be "Feature"');
    const g = f.geometry;
    if (!g || g.type !== 'Point') return err('geometry.type', g?.type, 'must be "Point" (a camera stands at one place)');
    const c = g.coordinates;
    if (!Array.isArray(c) || c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number') return err('geometry.coordinates', c, 'must be [lon, lat] numbers');
    const props = (f.properties && typeof f.properties === 'object' ? f.properties : {}) as Record<string, unknown>;
    const lower = new Map(Object.entries(props).map(([k, v]) => [k.toLowerCase(), v]));
    const get = (field: string): unknown => {
      if (field === 'lat') return c[1];
      if (field === 'lon') return c[0];
      if (field === 'id') {
        const v = FIELD_ALIASES.id.map((a) => lower.get(a)).find((x) => x !== undefined);
        return v ?? f.id;
      }
      return FIELD_ALIASES[field].map((a) => lower.get(a)).find((x) => x !== undefined);
    };
    const before = out.errors.length;
    const cam = checkCamera(get, { index, line: 0, fieldPrefix: 'properties.', wards }, out.errors);
    // lat/lon come from the geometry: name them so.
    for (const e of out.errors.slice(before)) {
      if (e.field === 'properties.lat') e.field = 'geometry.coordinates[1]';
      if (e.field === 'properties.lon') e.field = 'geometry.coordinates[0]';
    }
    if (cam) out.cameras.push(cam);
  });
  if (out.rows === 0) out.errors.push(fileError('features', '[]', 'is empty; nothing to import'));
  return out;
}

function flagDuplicateIds(out: ParsedImport): void {
  const first = new Map<string, RegistryCameraInput>();
  let found = false;
  for (const c of out.cameras) {
    const prev = first.get(c.id);
    if (!prev) {
      first.set(c.id, c);
      continue;
    }
    found = true;
    const where = prev.at.line ? `line ${prev.at.line}` : `feature ${prev.at.index}`;
    out.errors.push({ index: c.at.index, line: c.at.line, field: c.at.fieldPrefix + 'id', value: c.id, message: `appears more than once in the file (first at ${where})` });
  }
  if (found) out.errors.sort((a, b) => a.index - b.index);
}
