// Tiles of online basemaps in SQLite: a size cap with least-recently-used eviction; tiles downloaded for
// offline use are pinned (never evicted by browsing).
import type { Migration } from '../../services/store/sqlite-db';
import { SqliteDb } from '../../services/store/sqlite-db';

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'tiles',
    up: `CREATE TABLE tiles (
           source TEXT NOT NULL, z INTEGER NOT NULL, x INTEGER NOT NULL, y INTEGER NOT NULL,
           data BLOB NOT NULL, content_type TEXT NOT NULL, bytes INTEGER NOT NULL,
           fetched_ms INTEGER NOT NULL, used_ms INTEGER NOT NULL, pinned INTEGER NOT NULL DEFAULT 0,
           PRIMARY KEY (source, z, x, y)) WITHOUT ROWID;
         CREATE INDEX tiles_lru ON tiles(pinned, used_ms);
         CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  },
];

export interface CachedTile {
  data: Buffer;
  contentType: string;
  fetchedMs: number;
}

export interface TileCacheStats {
  tiles: number;
  bytes: number;
  maxBytes: number;
  pinnedTiles: number;
}

export const DEFAULT_TILE_CACHE_BYTES = 512 * 1024 * 1024;

export class TileCache {
  private bytes = 0;
  private tiles = 0;
  private pinnedTiles = 0;

  private constructor(
    private readonly db: SqliteDb,
    readonly maxBytes: number,
    private readonly now: () => number,
  ) {}

  static async open(file: string, opts: { maxBytes?: number; now?: () => number } = {}): Promise<TileCache> {
    const db = await SqliteDb.open(file);
    await db.migrate(MIGRATIONS);
    const cache = new TileCache(db, opts.maxBytes ?? DEFAULT_TILE_CACHE_BYTES, opts.now ?? Date.now);
    await cache.recount();
    return cache;
  }

  private async recount(): Promise<void> {
    const r = await this.db.get<{ n: number; b: number | null; p: number | null }>('SELECT COUNT(*) AS n, SUM(bytes) AS b, SUM(pinned) AS p FROM tiles');
    this.tiles = r?.n ?? 0;
    this.bytes = r?.b ?? 0;
    this.pinnedTiles = r?.p ?? 0;
  }

  stats(): TileCacheStats {
    return { tiles: this.tiles, bytes: this.bytes, maxBytes: this.maxBytes, pinnedTiles: this.pinnedTiles };
  }

  /** A cached tile; reading it makes it the most recently used. */
  async get(source: string, z: number, x: number, y: number): Promise<CachedTile | undefined> {
    const row = await this.db.get<{ data: Buffer; content_type: string; fetched_ms: number }>(
      'SELECT data, content_type, fetched_ms FROM tiles WHERE source = ? AND z = ? AND x = ? AND y = ?',
      [source, z, x, y],
    );
    if (!row) return undefined;
    await this.db.run('UPDATE tiles SET used_ms = ? WHERE source = ? AND z = ? AND x = ? AND y = ?', [this.now(), source, z, x, y]);
    return { data: row.data, contentType: row.content_type, fetchedMs: row.fetched_ms };
  }

  async has(source: string, z: number, x: number, y: number): Promise<boolean> {
    return !!(await this.db.get('SELECT 1 AS one FROM tiles WHERE source = ? AND z = ? AND x = ? AND y = ?', [source, z, x, y]));
  }

  /** How many tiles of this source lie in a tile range of one zoom. */
  async countInRange(source: string, z: number, minX: number, maxX: number, minY: number, maxY: number): Promise<number> {
    const r = await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM tiles WHERE source = ? AND z = ? AND x BETWEEN ? AND ? AND y BETWEEN ? AND ?', [source, z, minX, maxX, minY, maxY]);
    return r?.n ?? 0;
  }

  /** Pins a tile already cached (an area download found it there). */
  async pin(source: string, z: number, x: number, y: number): Promise<void> {
    const r = await this.db.run('UPDATE tiles SET pinned = 1 WHERE source = ? AND z = ? AND x = ? AND y = ? AND pinned = 0', [source, z, x, y]);
    this.pinnedTiles += r.changes;
  }

  async put(source: string, z: number, x: number, y: number, data: Buffer, contentType: string, opts: { pinned?: boolean } = {}): Promise<void> {
    const now = this.now();
    const pinned = opts.pinned ? 1 : 0;
    await this.db.transaction(async (tx) => {
      const old = await tx.get<{ bytes: number; pinned: number }>('SELECT bytes, pinned FROM tiles WHERE source = ? AND z = ? AND x = ? AND y = ?', [source, z, x, y]);
      const keepPinned = old?.pinned ? 1 : pinned;
      await tx.run(
        `INSERT INTO tiles(source, z, x, y, data, content_type, bytes, fetched_ms, used_ms, pinned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(source, z, x, y) DO UPDATE SET data = excluded.data, content_type = excluded.content_type, bytes = excluded.bytes,
           fetched_ms = excluded.fetched_ms, used_ms = excluded.used_ms, pinned = ?`,
        [source, z, x, y, data, contentType, data.length, now, now, keepPinned, keepPinned],
      );
      this.bytes += data.length - (old?.bytes ?? 0);
      if (!old) this.tiles++;
      this.pinnedTiles += keepPinned - (old?.pinned ?? 0);
    });
    if (this.bytes > this.maxBytes) await this.evict();
  }

  /** Drops the least recently used unpinned tiles until the cache fits its cap again. */
  async evict(): Promise<number> {
    let removed = 0;
    while (this.bytes > this.maxBytes) {
      const victims = await this.db.all<{ source: string; z: number; x: number; y: number; bytes: number }>(
        'SELECT source, z, x, y, bytes FROM tiles WHERE pinned = 0 ORDER BY used_ms, fetched_ms LIMIT 64',
      );
      if (victims.length === 0) break;
      await this.db.transaction(async (tx) => {
        for (const v of victims) {
          if (this.bytes <= this.maxBytes) break;
          await tx.run('DELETE FROM tiles WHERE source = ? AND z = ? AND x = ? AND y = ?', [v.source, v.z, v.x, v.y]);
          this.bytes -= v.bytes;
          this.tiles--;
          removed++;
        }
      });
    }
    return removed;
  }

  /** Mean size of this source's cached tiles (for download estimates); null when none yet. */
  async meanTileBytes(source: string): Promise<number | null> {
    const r = await this.db.get<{ m: number | null }>('SELECT AVG(bytes) AS m FROM tiles WHERE source = ?', [source]);
    return r?.m ?? null;
  }

  async getSetting(key: string): Promise<string | undefined> {
    return (await this.db.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key]))?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db.run('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
