// Web-Mercator tile arithmetic for area downloads.

export function lonToTileX(lon: number, z: number): number {
  const n = 2 ** z;
  return Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
}

export function latToTileY(lat: number, z: number): number {
  const n = 2 ** z;
  const clamped = Math.max(-85.0511, Math.min(85.0511, lat));
  const r = (clamped * Math.PI) / 180;
  return Math.min(n - 1, Math.max(0, Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)));
}

export interface TileRange {
  z: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export function tileRanges(bbox: readonly [number, number, number, number], minZoom: number, maxZoom: number): TileRange[] {
  const [w, s, e, n] = bbox;
  const out: TileRange[] = [];
  for (let z = minZoom; z <= maxZoom; z++) out.push({ z, minX: lonToTileX(w, z), maxX: lonToTileX(e, z), minY: latToTileY(n, z), maxY: latToTileY(s, z) });
  return out;
}

export function countTiles(ranges: readonly TileRange[]): number {
  return ranges.reduce((sum, r) => sum + (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1), 0);
}

export function* eachTile(ranges: readonly TileRange[]): Generator<[number, number, number]> {
  for (const r of ranges) for (let x = r.minX; x <= r.maxX; x++) for (let y = r.minY; y <= r.maxY; y++) yield [r.z, x, y];
}
