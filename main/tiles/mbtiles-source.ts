// MBTiles (SQLite, TMS rows) opened read-only: raster PNG/JPEG/WebP or vector MVT (gzip'd, inflated here).
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import sqlite3 from 'sqlite3';
import type { TileFormat } from '../../common/tiles/basemap-types';
import { CONTENT_TYPES, sniffFormat, type LocalTileSource, type TileSourceInfo } from './tile-source';

function openReadOnly(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => (err ? reject(new Error(`cannot open ${file} as SQLite: ${err.message}`)) : resolve(db)));
  });
}

const get = <T>(db: sqlite3.Database, sql: string, params: unknown[] = []) =>
  new Promise<T | undefined>((res, rej) => db.get(sql, params, (e, row) => (e ? rej(e) : res(row as T | undefined))));
const all = <T>(db: sqlite3.Database, sql: string, params: unknown[] = []) =>
  new Promise<T[]>((res, rej) => db.all(sql, params, (e, rows) => (e ? rej(e) : res(rows as T[]))));

const isGzip = (b: Uint8Array) => b[0] === 0x1f && b[1] === 0x8b;

export async function openMbtiles(file: string): Promise<LocalTileSource> {
  const db = await openReadOnly(file);
  try {
    let meta: Record<string, string>;
    try {
      meta = Object.fromEntries((await all<{ name: string; value: string }>(db, 'SELECT name, value FROM metadata')).map((r) => [r.name, r.value]));
      await get(db, 'SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1');
    } catch (err) {
      throw new Error(`${path.basename(file)} is not an MBTiles file: ${(err as Error).message} (it needs the metadata and tiles tables)`);
    }
    const sample = await get<{ tile_data: Buffer }>(db, 'SELECT tile_data FROM tiles LIMIT 1');
    if (!sample) throw new Error(`${path.basename(file)} holds no tiles`);
    const declared = (meta.format ?? '').toLowerCase();
    const format: TileFormat | null =
      sniffFormat(sample.tile_data) ?? (declared === 'pbf' || declared === 'mvt' || isGzip(sample.tile_data) ? 'pbf' : declared === 'jpeg' ? 'jpg' : (declared as TileFormat) || null);
    if (!format || !(format in CONTENT_TYPES)) throw new Error(`${path.basename(file)}: tile format ${JSON.stringify(meta.format ?? null)} is not png, jpg, webp or pbf`);
    const zooms = await get<{ lo: number; hi: number }>(db, 'SELECT MIN(zoom_level) AS lo, MAX(zoom_level) AS hi FROM tiles');
    const b = (meta.bounds ?? '').split(',').map(Number);
    const info: TileSourceInfo = {
      kind: 'mbtiles',
      name: path.basename(file),
      format,
      minzoom: Number.isFinite(Number(meta.minzoom)) && meta.minzoom !== undefined ? Number(meta.minzoom) : zooms!.lo,
      maxzoom: Number.isFinite(Number(meta.maxzoom)) && meta.maxzoom !== undefined ? Number(meta.maxzoom) : zooms!.hi,
      bounds: b.length === 4 && b.every(Number.isFinite) ? (b as [number, number, number, number]) : null,
      vectorLayers: format === 'pbf' ? vectorLayerIds(meta.json) : [],
    };
    return {
      info,
      async getTile(z, x, y) {
        const row = await get<{ tile_data: Buffer }>(db, 'SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?', [z, x, 2 ** z - 1 - y]);
        if (!row) return null;
        const data = format === 'pbf' && isGzip(row.tile_data) ? zlib.gunzipSync(row.tile_data) : row.tile_data;
        return { data, contentType: CONTENT_TYPES[format] };
      },
      close: () => new Promise<void>((res) => db.close(() => res())),
    };
  } catch (err) {
    await new Promise<void>((res) => db.close(() => res()));
    throw err;
  }
}

function vectorLayerIds(json: string | undefined): string[] {
  try {
    const parsed = JSON.parse(json ?? '{}') as { vector_layers?: { id?: unknown }[] };
    return (parsed.vector_layers ?? []).map((l) => l.id).filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}
