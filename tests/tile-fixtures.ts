// Test basemaps made at test time: solid-colour PNG tiles, an MBTiles file and a minimal PMTiles v3 writer.
import * as zlib from 'node:zlib';
import sqlite3 from 'sqlite3';
import { zxyToTileId } from 'pmtiles';

/** A 256×256 8-bit RGB PNG filled with one colour (a 16-px darker border shows tile edges in screenshots). */
export function solidPng(rgb: [number, number, number], size = 256): Buffer {
  const row = Buffer.alloc(1 + size * 3);
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const r = Buffer.from(row);
    for (let x = 0; x < size; x++) {
      const edge = x < 2 || y < 2;
      r[1 + x * 3] = edge ? rgb[0] >> 1 : rgb[0];
      r[2 + x * 3] = edge ? rgb[1] >> 1 : rgb[1];
      r[3 + x * 3] = edge ? rgb[2] >> 1 : rgb[2];
    }
    rows.push(r);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export type FixtureTile = { z: number; x: number; y: number; data: Buffer };

/** An MBTiles file (TMS rows) with the given tiles and metadata. */
export async function writeMbtiles(file: string, tiles: FixtureTile[], meta: Record<string, string> = { name: 'fixture', format: 'png' }): Promise<void> {
  const db = await new Promise<sqlite3.Database>((res, rej) => {
    const d = new sqlite3.Database(file, (e) => (e ? rej(e) : res(d)));
  });
  const run = (sql: string, p: unknown[] = []) => new Promise<void>((res, rej) => db.run(sql, p, (e) => (e ? rej(e) : res())));
  await run('CREATE TABLE metadata (name TEXT, value TEXT)');
  await run('CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)');
  for (const [k, v] of Object.entries(meta)) await run('INSERT INTO metadata VALUES (?, ?)', [k, v]);
  for (const t of tiles) await run('INSERT INTO tiles VALUES (?, ?, ?, ?)', [t.z, t.x, 2 ** t.z - 1 - t.y, t.data]);
  await new Promise<void>((res) => db.close(() => res()));
}

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}

/** A PMTiles v3 archive: header, uncompressed root directory, no metadata compression, tiles as given. */
export function buildPmtiles(tiles: FixtureTile[], opts: { tileType: number; metadata?: object; bounds?: [number, number, number, number] }): Buffer {
  const entries = tiles.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data })).sort((a, b) => a.id - b.id);
  let offset = 0;
  const placed = entries.map((e) => {
    const p = { ...e, offset };
    offset += e.data.length;
    return p;
  });
  const dir: number[] = [...varint(placed.length)];
  let last = 0;
  for (const e of placed) {
    dir.push(...varint(e.id - last));
    last = e.id;
  }
  for (let i = 0; i < placed.length; i++) dir.push(...varint(1));
  for (const e of placed) dir.push(...varint(e.data.length));
  for (let i = 0; i < placed.length; i++) dir.push(...varint(i > 0 ? 0 : placed[i].offset + 1));
  const root = Buffer.from(dir);
  const metadata = Buffer.from(JSON.stringify(opts.metadata ?? {}));
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'ascii');
  header[7] = 3;
  const u64 = (v: number, at: number) => header.writeBigUInt64LE(BigInt(v), at);
  const rootOffset = 127;
  const metaOffset = rootOffset + root.length;
  const dataOffset = metaOffset + metadata.length;
  u64(rootOffset, 8);
  u64(root.length, 16);
  u64(metaOffset, 24);
  u64(metadata.length, 32);
  u64(dataOffset, 40);
  u64(0, 48);
  u64(dataOffset, 56);
  u64(offset, 64);
  u64(placed.length, 72);
  u64(placed.length, 80);
  u64(placed.length, 88);
  header[96] = 1;
  header[97] = 1; // internal compression: none
  header[98] = 1; // tile compression: none
  header[99] = opts.tileType;
  header[100] = Math.min(...tiles.map((t) => t.z));
  header[101] = Math.max(...tiles.map((t) => t.z));
  const [w, s, e, n] = opts.bounds ?? [105.7, 20.9, 105.95, 21.15];
  header.writeInt32LE(Math.round(w * 1e7), 102);
  header.writeInt32LE(Math.round(s * 1e7), 106);
  header.writeInt32LE(Math.round(e * 1e7), 110);
  header.writeInt32LE(Math.round(n * 1e7), 114);
  header[118] = header[100];
  header.writeInt32LE(Math.round(((w + e) / 2) * 1e7), 119);
  header.writeInt32LE(Math.round(((s + n) / 2) * 1e7), 123);
  return Buffer.concat([header, root, metadata, ...placed.map((p) => p.data)]);
}
