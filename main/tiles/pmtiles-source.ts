// PMTiles v3 read from a local file with the pmtiles package (tiles come back decompressed).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import type { TileFormat } from '../../common/tiles/basemap-types';
import { CONTENT_TYPES, type LocalTileSource } from './tile-source';

class NodeFileSource implements Source {
  constructor(
    private readonly fd: fs.promises.FileHandle,
    private readonly key: string,
  ) {}

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await this.fd.read(buf, 0, length, offset);
    const out = buf.subarray(0, bytesRead);
    return { data: out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer };
  }
}

const FORMATS: Partial<Record<TileType, TileFormat>> = { [TileType.Mvt]: 'pbf', [TileType.Png]: 'png', [TileType.Jpeg]: 'jpg', [TileType.Webp]: 'webp' };

export async function openPmtiles(file: string): Promise<LocalTileSource> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const archive = new PMTiles(new NodeFileSource(fd, file));
    let header;
    try {
      header = await archive.getHeader();
    } catch (err) {
      throw new Error(`${path.basename(file)} is not a PMTiles v3 file: ${(err as Error).message}`);
    }
    const format = FORMATS[header.tileType];
    if (!format) throw new Error(`${path.basename(file)}: tile type ${TileType[header.tileType] ?? header.tileType} is not MVT, PNG, JPEG or WebP`);
    let vectorLayers: string[] = [];
    if (format === 'pbf') {
      const meta = (await archive.getMetadata().catch(() => ({}))) as { vector_layers?: { id?: unknown }[] };
      vectorLayers = (meta.vector_layers ?? []).map((l) => l.id).filter((id): id is string => typeof id === 'string');
    }
    const bounds: [number, number, number, number] | null = header.minLon < header.maxLon && header.minLat < header.maxLat ? [header.minLon, header.minLat, header.maxLon, header.maxLat] : null;
    return {
      info: { kind: 'pmtiles', name: path.basename(file), format, minzoom: header.minZoom, maxzoom: header.maxZoom, bounds, vectorLayers },
      async getTile(z, x, y) {
        const r = await archive.getZxy(z, x, y);
        return r ? { data: Buffer.from(r.data), contentType: CONTENT_TYPES[format] } : null;
      },
      close: () => fd.close(),
    };
  } catch (err) {
    await fd.close();
    throw err;
  }
}
