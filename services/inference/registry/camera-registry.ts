// The camera registry over the inference store: indexed search (FTS5 + R*Tree + B-trees), exact
// nearest-K by growing R*Tree windows, and all-or-nothing bulk import. Reads use their own
// connection (WAL), so a long import does not hold searches up.
import type { CameraKind, CameraStatus } from '../../../common/domain/camera';
import { distanceMeters, type GeoPoint } from '../../../common/domain/geo';
import type { GeoBox } from '../../../common/domain/camera-registry';
import { foldText } from '../../../common/text/fold';
import type { SqliteDb, SqlRunner } from '../../store/sqlite-db';
import type { StoredCamera } from '../store';
import type { RegistryCameraInput } from './camera-input';
import { registryColumns } from './registry-columns';

export interface SearchQuery {
  text?: string;
  bbox?: GeoBox;
  kind?: CameraKind;
  status?: CameraStatus;
  pageSize: number;
  /** From the previous page's token: return ids after this one. */
  afterId?: string;
}

export interface NearestQuery {
  point: GeoPoint;
  k: number;
  maxDistanceM?: number;
  kind?: CameraKind;
  status?: CameraStatus;
}

export const TOTAL_COUNT_CAP = 10_000;
const WRITE_BATCH = 500;
const FIRST_RADIUS_M = 400;
const EARTH_HALF_CIRCUMFERENCE_M = 20_040_000;
const M_PER_DEG_LAT = 111_320;

/** FTS5 query: every folded word as a quoted prefix, all required ("hoan kiem" → "hoan"* "kiem"*). */
export function ftsQuery(text: string): string | undefined {
  const words = foldText(text).split(' ').filter(Boolean);
  if (!words.length) return undefined;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

/**
 * A box with at least this many cameras is paged in id order with exact coordinate checks instead of
 * through the R*Tree: its candidates (most of the city when zoomed out) would all be gathered and
 * sorted for one page, while in id order a page is found after a few hundred rows.
 */
export const DENSE_BOX_CANDIDATES = 10_000;

/**
 * WHERE clause and parameters shared by a page, its total and its query plan. `viaRtree: false`
 * leaves the R*Tree out (dense boxes, or a count already driven by it): the exact columns decide.
 */
export function searchWhere(q: Omit<SearchQuery, 'pageSize'>, viaRtree = true): { where: string; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  const fts = q.text ? ftsQuery(q.text) : undefined;
  if (fts) {
    conds.push('c.rowid IN (SELECT rowid FROM camera_fts WHERE camera_fts MATCH ?)');
    params.push(fts);
  }
  if (q.bbox) {
    // The R*Tree holds 32-bit floats rounded outward: it finds candidates, the exact columns decide.
    if (viaRtree) {
      conds.push('c.rowid IN (SELECT id FROM camera_rtree WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?)');
      params.push(q.bbox.minLat, q.bbox.maxLat, q.bbox.minLon, q.bbox.maxLon);
    }
    conds.push('c.lat BETWEEN ? AND ? AND c.lon BETWEEN ? AND ?');
    params.push(q.bbox.minLat, q.bbox.maxLat, q.bbox.minLon, q.bbox.maxLon);
  }
  if (q.kind) {
    conds.push('c.kind = ?');
    params.push(q.kind);
  }
  if (q.status) {
    // The literal lets SQLite use the partial index of cameras that are not online.
    conds.push(q.status === 'online' ? "c.status = 'online'" : "c.status <> 'online' AND c.status = ?");
    if (q.status !== 'online') params.push(q.status);
  }
  if (q.afterId !== undefined) {
    conds.push('c.id > ?');
    params.push(q.afterId);
  }
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

/** A window around p that holds every point within r metres (great circle). */
export function boxAround(p: GeoPoint, r: number): GeoBox {
  const dLat = r / M_PER_DEG_LAT;
  const minLat = Math.max(-90, p.lat - dLat);
  const maxLat = Math.min(90, p.lat + dLat);
  const widest = Math.max(Math.abs(minLat), Math.abs(maxLat));
  const cos = Math.cos((widest * Math.PI) / 180);
  const dLon = cos > 1e-9 ? r / (M_PER_DEG_LAT * cos) : 360;
  if (dLon >= 180 || p.lon - dLon < -180 || p.lon + dLon > 180) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  return { minLat, maxLat, minLon: p.lon - dLon, maxLon: p.lon + dLon };
}

export class CameraRegistry {
  constructor(
    private readonly writer: SqliteDb,
    private readonly reader: SqliteDb,
  ) {}

  /** Rows written before the registry existed get their search text (folding happens in JS). */
  async backfillSearchText(): Promise<number> {
    const rows = await this.writer.all<{ data: string }>('SELECT data FROM cameras WHERE search IS NULL');
    if (!rows.length) return 0;
    await this.writer.transaction(async (tx) => {
      for (const r of rows) {
        const c = JSON.parse(r.data) as StoredCamera;
        await tx.run('UPDATE cameras SET search = ?, kind = ? WHERE id = ?', [registryColumns(c).search, registryColumns(c).kind, c.id]);
      }
    });
    return rows.length;
  }

  async search(q: SearchQuery): Promise<{ cameras: StoredCamera[]; hasMore: boolean; total: number; totalCapped: boolean }> {
    const page = await this.pageQuery(q);
    const rows = await this.reader.all<{ data: string }>(page.sql, page.params);
    // The total stops at the cap; with a box it streams from the R*Tree instead of gathering all candidates.
    const all = searchWhere({ ...q, afterId: undefined }, false);
    const count = q.bbox
      ? await this.reader.get<{ n: number }>(
          `SELECT count(*) AS n FROM (SELECT 1 FROM camera_rtree r JOIN cameras c ON c.rowid = r.id
             WHERE r.max_lat >= ? AND r.min_lat <= ? AND r.max_lon >= ? AND r.min_lon <= ? AND ${all.where.slice('WHERE '.length)} LIMIT ?)`,
          [q.bbox.minLat, q.bbox.maxLat, q.bbox.minLon, q.bbox.maxLon, ...all.params, TOTAL_COUNT_CAP + 1],
        )
      : await this.reader.get<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM cameras c ${all.where} LIMIT ?)`, [...all.params, TOTAL_COUNT_CAP + 1]);
    const n = count?.n ?? 0;
    return {
      cameras: rows.slice(0, q.pageSize).map((r) => JSON.parse(r.data) as StoredCamera),
      hasMore: rows.length > q.pageSize,
      total: Math.min(n, TOTAL_COUNT_CAP),
      totalCapped: n > TOTAL_COUNT_CAP,
    };
  }

  /** EXPLAIN QUERY PLAN of a search page: tests use it to prove the answer comes from the indexes. */
  async searchPlan(q: SearchQuery): Promise<string[]> {
    const page = await this.pageQuery(q);
    const rows = await this.reader.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${page.sql}`, page.params);
    return rows.map((r) => r.detail);
  }

  /** One page in id order; a dense box skips the R*Tree (see DENSE_BOX_CANDIDATES). */
  private async pageQuery(q: SearchQuery): Promise<{ sql: string; params: unknown[] }> {
    let viaRtree = true;
    if (q.bbox) {
      const b = q.bbox;
      const candidates = await this.reader.get<{ n: number }>(
        'SELECT count(*) AS n FROM (SELECT 1 FROM camera_rtree WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ? LIMIT ?)',
        [b.minLat, b.maxLat, b.minLon, b.maxLon, DENSE_BOX_CANDIDATES],
      );
      viaRtree = (candidates?.n ?? 0) < DENSE_BOX_CANDIDATES;
    }
    const w = searchWhere(q, viaRtree);
    return { sql: `SELECT c.data FROM cameras c ${w.where} ORDER BY c.id LIMIT ?`, params: [...w.params, q.pageSize + 1] };
  }

  nearestPlan(): Promise<string[]> {
    return this.reader
      .all<{ detail: string }>(`EXPLAIN QUERY PLAN ${NEAREST_SQL}`, [0, 0, 0, 0])
      .then((rows) => rows.map((r) => r.detail));
  }

  /**
   * The k cameras nearest p in exact great-circle order (ties by id): windows of the R*Tree grow
   * until k candidates lie within the window's radius; only candidates' coordinates are read.
   */
  async nearest(q: NearestQuery): Promise<{ camera: StoredCamera; distance_m: number }[]> {
    const limit = q.maxDistanceM ?? EARTH_HALF_CIRCUMFERENCE_M;
    let r = Math.min(FIRST_RADIUS_M, limit);
    for (;;) {
      const b = boxAround(q.point, r);
      const rows = await this.reader.all<{ rowid: number; id: string; lat: number; lon: number; kind: string; status: string }>(NEAREST_SQL, [b.minLat, b.maxLat, b.minLon, b.maxLon]);
      const within = rows
        .filter((c) => (!q.kind || c.kind === q.kind) && (!q.status || c.status === q.status))
        .map((c) => ({ rowid: c.rowid, id: c.id, d: distanceMeters(q.point, c) }))
        .filter((c) => c.d <= r);
      if (within.length >= q.k || r >= limit) {
        within.sort((a, b2) => a.d - b2.d || (a.id < b2.id ? -1 : a.id > b2.id ? 1 : 0));
        const top = within.slice(0, q.k);
        if (!top.length) return [];
        const data = await this.reader.all<{ rowid: number; data: string }>(`SELECT rowid, data FROM cameras WHERE rowid IN (${top.map(() => '?').join(',')})`, top.map((t) => t.rowid));
        const byRow = new Map(data.map((d) => [d.rowid, JSON.parse(d.data) as StoredCamera]));
        return top.filter((t) => byRow.has(t.rowid)).map((t) => ({ camera: byRow.get(t.rowid)!, distance_m: t.d }));
      }
      // Grow by the density seen so far: enough area for k at that density, at least doubling.
      const grow = within.length ? Math.sqrt((q.k * 1.5) / within.length) : 4;
      r = Math.min(limit, r * Math.max(2, Math.min(grow, 16)));
    }
  }

  async byIds(ids: readonly string[]): Promise<StoredCamera[]> {
    const out: StoredCamera[] = [];
    for (let i = 0; i < ids.length; i += WRITE_BATCH) {
      const chunk = ids.slice(i, i + WRITE_BATCH);
      const rows = await this.reader.all<{ data: string }>(`SELECT data FROM cameras WHERE id IN (${chunk.map(() => '?').join(',')}) ORDER BY id`, chunk);
      out.push(...rows.map((r) => JSON.parse(r.data) as StoredCamera));
    }
    return out;
  }

  /** What a console mirrors: cameras with the latest detections, then cameras not online; at most limit. */
  async workingSet(limit: number): Promise<StoredCamera[]> {
    const active = await this.reader.all<{ id: string; data: string }>('SELECT id, data FROM cameras WHERE last_detection_ms > 0 ORDER BY last_detection_ms DESC LIMIT ?', [limit]);
    const problems = await this.reader.all<{ id: string; data: string }>("SELECT id, data FROM cameras WHERE status <> 'online' ORDER BY status, id LIMIT ?", [limit]);
    const seen = new Set<string>();
    const out: StoredCamera[] = [];
    for (const r of [...active, ...problems]) {
      if (seen.has(r.id) || out.length >= limit) continue;
      seen.add(r.id);
      out.push(JSON.parse(r.data) as StoredCamera);
    }
    return out;
  }

  async count(): Promise<number> {
    return (await this.reader.get<{ n: number }>('SELECT count(*) AS n FROM cameras'))?.n ?? 0;
  }

  /**
   * Writes validated cameras inside the caller's transaction: new ones are created, known ids updated
   * (registry fields replaced; status, last-seen and analytics kept unless the file gives them).
   */
  async write(tx: SqlRunner, cameras: readonly RegistryCameraInput[], nowMs: number, onBatch?: (done: number) => void): Promise<{ created: number; updated: number }> {
    let created = 0;
    let updated = 0;
    for (let i = 0; i < cameras.length; i += WRITE_BATCH) {
      const batch = cameras.slice(i, i + WRITE_BATCH);
      const existing = new Map(
        (await tx.all<{ id: string; data: string }>(`SELECT id, data FROM cameras WHERE id IN (${batch.map(() => '?').join(',')})`, batch.map((c) => c.id))).map((r) => [
          r.id,
          JSON.parse(r.data) as StoredCamera,
        ]),
      );
      const params: unknown[] = [];
      for (const input of batch) {
        const prev = existing.get(input.id);
        if (prev) updated++;
        else created++;
        const c = toStored(input, prev, nowMs);
        const col = registryColumns(c);
        params.push(c.id, c.status, c.version, JSON.stringify(c), col.kind, col.lat, col.lon, col.search, col.lastDetectionMs);
      }
      await tx.run(
        `INSERT INTO cameras(id, status, version, data, kind, lat, lon, search, last_detection_ms) VALUES ${batch.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
         ON CONFLICT(id) DO UPDATE SET status = excluded.status, version = excluded.version, data = excluded.data, kind = excluded.kind,
           lat = excluded.lat, lon = excluded.lon, search = excluded.search, last_detection_ms = excluded.last_detection_ms`,
        params,
      );
      onBatch?.(Math.min(i + WRITE_BATCH, cameras.length));
    }
    return { created, updated };
  }
}

const NEAREST_SQL = `SELECT c.rowid AS rowid, c.id AS id, c.lat AS lat, c.lon AS lon, c.kind AS kind, c.status AS status
  FROM camera_rtree r JOIN cameras c ON c.rowid = r.id
  WHERE r.max_lat >= ? AND r.min_lat <= ? AND r.max_lon >= ? AND r.min_lon <= ?`;

function toStored(input: RegistryCameraInput, prev: StoredCamera | undefined, nowMs: number): StoredCamera {
  return {
    id: input.id,
    name: input.name,
    location: { lat: input.lat, lon: input.lon },
    ward: input.ward,
    status: input.status ?? prev?.status ?? 'offline',
    stream_url: input.streamUrl,
    heading_deg: input.headingDeg,
    fov_deg: input.fovDeg,
    updated_ms: nowMs,
    version: (prev?.version ?? 0) + 1,
    last_detection_ms: prev?.last_detection_ms ?? 0,
    last_counts: prev?.last_counts ?? {},
    kind: input.kind,
    tags: input.tags,
    sub_stream_url: input.subStreamUrl,
    last_seen_ms: input.lastSeenMs ?? prev?.last_seen_ms ?? 0,
  };
}
