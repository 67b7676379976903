// A basemap tile source: a local MBTiles/PMTiles file or an online template.
import type { BasemapKind, TileFormat } from '../../common/tiles/basemap-types';

export interface TileData {
  data: Buffer;
  contentType: string;
}

export interface TileSourceInfo {
  kind: Exclude<BasemapKind, 'none'>;
  name: string;
  format: TileFormat;
  minzoom: number;
  maxzoom: number;
  bounds: [number, number, number, number] | null;
  vectorLayers: string[];
}

export interface LocalTileSource {
  info: TileSourceInfo;
  /** null when the file has no tile there. */
  getTile(z: number, x: number, y: number): Promise<TileData | null>;
  close(): Promise<void>;
}

export const CONTENT_TYPES: Record<TileFormat, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  pbf: 'application/x-protobuf',
};

/** The format from the tile bytes themselves (MBTiles metadata is often missing or wrong). */
export function sniffFormat(data: Uint8Array): TileFormat | null {
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'png';
  if (data[0] === 0xff && data[1] === 0xd8) return 'jpg';
  if (data[0] === 0x52 && data[1] === 0x49 && data[2] === 0x46 && data[3] === 0x46 && data[8] === 0x57 && data[9] === 0x45) return 'webp';
  return null;
}

export function isValidTile(z: number, x: number, y: number): boolean {
  return Number.isInteger(z) && z >= 0 && z <= 24 && Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < 2 ** z && y < 2 ** z;
}
