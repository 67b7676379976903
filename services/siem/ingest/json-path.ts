import { Malformed, shown } from './event';

export type Json = Record<string, unknown>;

/** A value at a dotted path, nested ({"source":{"ip":…}}) or flat ({"source.ip":…}) as ECS allows both. */
export function at(obj: Json, path: string): unknown {
  if (path in obj) return obj[path];
  const dot = path.indexOf('.');
  if (dot < 0) return undefined;
  for (let i = dot; i >= 0; i = path.indexOf('.', i + 1)) {
    const head = obj[path.slice(0, i)];
    if (head && typeof head === 'object' && !Array.isArray(head)) {
      const v = at(head as Json, path.slice(i + 1));
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

/** A string at path ("" when absent); a number is rendered, anything else is a Malformed naming the path. */
export function str(reason: string, obj: Json, path: string): string {
  const v = at(obj, path);
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v[0] ?? '';
  throw new Malformed(reason, `${path}: expected a string, got ${shown(v)}`);
}

export function num(reason: string, obj: Json, path: string): number | undefined {
  const v = at(obj, path);
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new Malformed(reason, `${path}: expected a number, got ${shown(v)}`);
  return n;
}

export function parseJsonObject(line: string): Json {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    throw new Malformed('json.syntax', `JSON: ${(err as Error).message}`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Malformed('json.syntax', `JSON: expected one object per line, got ${Array.isArray(v) ? 'an array' : typeof v}`);
  return v as Json;
}
