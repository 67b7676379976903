// The console's one tile service, shared by both shells: the basemap (local MBTiles/PMTiles file or an online
// template through the SQLite cache), served at /tiles/basemap/{z}/{x}/{y}, and offline area downloads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../../common/log';
import { fail, invalid, ok, type Result } from '../../common/result';
import type { BasemapState, OfflineAreaArgs, OfflineAreaEstimate, OfflineDownloadProgress, SetBasemapArgs } from '../../common/tiles/basemap-types';
import { openMbtiles } from './mbtiles-source';
import { checkTemplate, OnlineTileSource } from './online-source';
import { openPmtiles } from './pmtiles-source';
import type { TileCache } from './tile-cache';
import { countTiles, eachTile, tileRanges } from './tile-math';
import { isValidTile, type LocalTileSource, type TileData } from './tile-source';

export const TILE_ROUTE = /^\/tiles\/basemap\/(\d{1,2})\/(\d{1,8})\/(\d{1,8})$/;
/** Cached online tiles younger than this are served without asking the network. */
const FRESH_MS = 7 * 24 * 3600_000;
export const MAX_DOWNLOAD_TILES = 20_000;
const DOWNLOAD_CONCURRENCY = 4;
const FALLBACK_TILE_BYTES = 20_000;

export interface TileHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

export interface TileServiceHooks {
  onState(state: BasemapState): void;
  onDownload(progress: OfflineDownloadProgress): void;
}

type Current = { kind: 'none' } | { kind: 'file'; source: LocalTileSource } | { kind: 'url'; source: OnlineTileSource };

const SETTING = 'basemap';

export class TileService {
  private current: Current = { kind: 'none' };
  private revision = 0;
  private problem: string | null = null;
  private readonly jobs = new Map<string, { cancel: AbortController }>();
  private nextJob = 1;
  private lastStateKey = '';

  private probeTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly cache: TileCache,
    private readonly hooks: TileServiceHooks,
    private readonly logger: Logger,
    /** How often an online source is checked while every tile comes from the cache (0: never). */
    private readonly probeEveryMs = 30_000,
  ) {}

  /** One request for the world tile: keeps "offline since" true when every tile on screen comes from the cache. */
  async probe(): Promise<void> {
    const c = this.current;
    if (c.kind !== 'url') return;
    const r = await c.source.fetchTile(0, 0, 0);
    if (r.kind === 'tile') await this.cache.put(c.source.template, 0, 0, 0, r.tile.data, r.tile.contentType);
  }

  private startProbe(): void {
    clearInterval(this.probeTimer);
    this.probeTimer = undefined;
    if (this.current.kind !== 'url' || this.probeEveryMs <= 0) return;
    this.probeTimer = setInterval(() => void this.probe().catch((err: unknown) => this.logger.warn('tile source probe failed', { error: String(err) })), this.probeEveryMs);
    this.probeTimer.unref();
  }

  /** CLI/config wins; otherwise the basemap chosen last time from a window. */
  async init(initial: SetBasemapArgs | undefined): Promise<void> {
    const saved = await this.cache.getSetting(SETTING);
    const args = initial ?? (saved ? (JSON.parse(saved) as SetBasemapArgs) : undefined);
    if (!args) return;
    const r = await this.setBasemap(args, { persist: initial !== undefined });
    if (!r.ok) {
      // The console still starts (wards, roads and water need no basemap); windows show why there is none.
      this.logger.warn('basemap not used', { reason: r.error.message });
      this.problem = r.error.message;
    }
  }

  get state(): BasemapState {
    const c = this.current;
    const base = { revision: this.revision, cache: this.cache.stats(), problem: this.problem };
    if (c.kind === 'none') {
      return { ...base, kind: 'none', name: '', format: null, minzoom: 0, maxzoom: 0, bounds: null, vectorLayers: [], tilePath: null, reachable: true, offlineSinceMs: null };
    }
    const tilePath = `/tiles/basemap/{z}/{x}/{y}?r=${this.revision}`;
    if (c.kind === 'file') {
      const i = c.source.info;
      return { ...base, kind: i.kind, name: i.name, format: i.format, minzoom: i.minzoom, maxzoom: i.maxzoom, bounds: i.bounds, vectorLayers: i.vectorLayers, tilePath, reachable: true, offlineSinceMs: null };
    }
    const s = c.source;
    return {
      ...base,
      problem: s.lastProblem ?? this.problem,
      kind: 'url',
      name: s.name,
      format: s.format ?? 'png',
      minzoom: 0,
      maxzoom: 19,
      bounds: null,
      vectorLayers: [],
      tilePath,
      reachable: s.reachable,
      offlineSinceMs: s.offlineSinceMs,
    };
  }

  async setBasemap(raw: unknown, opts: { persist?: boolean } = {}): Promise<Result<BasemapState>> {
    const args = (raw ?? {}) as SetBasemapArgs;
    let next: Current;
    if (args.none === true) next = { kind: 'none' };
    else if (typeof args.file === 'string' && args.file.trim()) {
      const file = path.resolve(args.file.trim());
      if (!fs.existsSync(file)) return invalid('file', `basemap file ${file} does not exist`);
      const ext = path.extname(file).toLowerCase();
      if (ext !== '.mbtiles' && ext !== '.pmtiles') return invalid('file', `a basemap file must end in .mbtiles or .pmtiles, got ${JSON.stringify(path.basename(file))}`);
      try {
        next = { kind: 'file', source: ext === '.mbtiles' ? await openMbtiles(file) : await openPmtiles(file) };
      } catch (err) {
        return invalid('file', (err as Error).message);
      }
    } else if (typeof args.url === 'string' && args.url.trim()) {
      const checked = checkTemplate(args.url.trim());
      if (!checked.ok) return invalid('url', checked.reason);
      next = { kind: 'url', source: new OnlineTileSource(checked.template, () => this.publish()) };
    } else return invalid('file', 'setBasemap takes {file: ".mbtiles or .pmtiles path"}, {url: "https://…/{z}/{x}/{y}.png"} or {none: true}');
    const old = this.current;
    this.current = next;
    this.revision++;
    this.problem = null;
    for (const job of this.jobs.values()) job.cancel.abort();
    if (old.kind === 'file') await old.source.close().catch(() => undefined);
    if (opts.persist !== false) await this.cache.setSetting(SETTING, JSON.stringify(args.none ? { none: true } : args.file ? { file: path.resolve(args.file) } : { url: args.url }));
    this.startProbe();
    this.logger.info('basemap set', { kind: this.state.kind, name: this.state.name, format: this.state.format });
    this.publish();
    return ok(this.state);
  }

  private publish(): void {
    const s = this.state;
    const key = JSON.stringify({ ...s, cache: null });
    if (key === this.lastStateKey) return;
    this.lastStateKey = key;
    this.hooks.onState(s);
  }

  /** Both shells' tile route: /tiles/basemap/{z}/{x}/{y}. */
  async handleHttp(pathname: string): Promise<TileHttpResponse> {
    const m = TILE_ROUTE.exec(pathname);
    const text = (status: number, body: string): TileHttpResponse => ({ status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, body });
    if (!m) return text(404, `no tile route ${pathname}`);
    const [z, x, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidTile(z, x, y)) return text(400, `tile ${z}/${x}/${y} does not exist`);
    const c = this.current;
    if (c.kind === 'none') return text(404, 'no basemap is set');
    let tile: TileData | null;
    let from = 'file';
    try {
      if (c.kind === 'file') tile = await c.source.getTile(z, x, y);
      else {
        const r = await this.onlineTile(c.source, z, x, y);
        if (r === 'unavailable') return text(503, `tile ${z}/${x}/${y} is not cached and ${c.source.name} is unreachable (${c.source.lastProblem ?? 'offline'})`);
        tile = r?.tile ?? null;
        from = r?.from ?? 'network';
      }
    } catch (err) {
      this.logger.warn('tile read failed', { z, x, y, error: (err as Error).message });
      return text(500, `tile ${z}/${x}/${y}: ${(err as Error).message}`);
    }
    // Browsers keep no copy: offline tiles must come from the console's cache, which the operator can see and size.
    if (!tile) return { status: 204, headers: { 'cache-control': 'no-store' }, body: '' };
    return { status: 200, headers: { 'content-type': tile.contentType, 'cache-control': 'no-store', 'x-watchfloor-tile': from }, body: tile.data };
  }

  private async onlineTile(source: OnlineTileSource, z: number, x: number, y: number): Promise<{ tile: TileData; from: string } | null | 'unavailable'> {
    const key = source.template;
    const cached = await this.cache.get(key, z, x, y);
    if (cached && (Date.now() - cached.fetchedMs < FRESH_MS || source.backingOff)) return { tile: cached, from: 'cache' };
    if (source.backingOff) return 'unavailable';
    const r = await source.fetchTile(z, x, y);
    if (r.kind === 'tile') {
      await this.cache.put(key, z, x, y, r.tile.data, r.tile.contentType);
      return { tile: r.tile, from: 'network' };
    }
    if (r.kind === 'missing') return null;
    return cached ? { tile: cached, from: 'stale-cache' } : 'unavailable';
  }

  private checkArea(raw: unknown): Result<OfflineAreaArgs & { source: OnlineTileSource }> {
    const c = this.current;
    if (c.kind !== 'url') {
      return c.kind === 'none'
        ? invalid('basemap', 'there is no online basemap to download from; set one with --basemap-url or in the basemap panel', 'tiles.noOnline')
        : invalid('basemap', `the basemap is the local file ${c.source.info.name}: it works offline already`, 'tiles.localAlready');
    }
    const a = raw as Partial<OfflineAreaArgs> | null;
    const b = a?.bbox;
    if (!Array.isArray(b) || b.length !== 4 || !b.every((v) => typeof v === 'number' && Number.isFinite(v))) return invalid('bbox', `bbox must be [minLon, minLat, maxLon, maxLat], got ${JSON.stringify(b)?.slice(0, 80)}`);
    if (b[0] >= b[2] || b[1] >= b[3] || b[0] < -180 || b[2] > 180 || b[1] < -85.06 || b[3] > 85.06) return invalid('bbox', `bbox ${JSON.stringify(b)} is empty or outside the world`);
    for (const f of ['minZoom', 'maxZoom'] as const) {
      const v = a?.[f];
      if (!Number.isInteger(v) || v! < 0 || v! > 19) return invalid(f, `${f} must be an integer from 0 to 19, got ${JSON.stringify(v)}`);
    }
    if (a!.minZoom! > a!.maxZoom!) return invalid('maxZoom', `maxZoom ${a!.maxZoom} is below minZoom ${a!.minZoom}`);
    const label = typeof a?.label === 'string' ? a.label.slice(0, 80) : 'area';
    return ok({ bbox: b as OfflineAreaArgs['bbox'], minZoom: a!.minZoom!, maxZoom: a!.maxZoom!, label, source: c.source });
  }

  async estimate(raw: unknown): Promise<Result<OfflineAreaEstimate>> {
    const a = this.checkArea(raw);
    if (!a.ok) return a;
    const ranges = tileRanges(a.value.bbox, a.value.minZoom, a.value.maxZoom);
    const tiles = countTiles(ranges);
    let cached = 0;
    for (const r of ranges) cached += await this.cache.countInRange(a.value.source.template, r.z, r.minX, r.maxX, r.minY, r.maxY);
    const mean = (await this.cache.meanTileBytes(a.value.source.template)) ?? FALLBACK_TILE_BYTES;
    return ok({ tiles, cached, estimatedBytes: Math.round((tiles - cached) * mean), maxTiles: MAX_DOWNLOAD_TILES });
  }

  /** Starts a download; progress and the end come as events. Cancelling keeps what was fetched. */
  async download(raw: unknown): Promise<Result<{ jobId: string; total: number }>> {
    const a = this.checkArea(raw);
    if (!a.ok) return a;
    const ranges = tileRanges(a.value.bbox, a.value.minZoom, a.value.maxZoom);
    const total = countTiles(ranges);
    if (total > MAX_DOWNLOAD_TILES) {
      return invalid('maxZoom', `${total} tiles is more than one download takes (${MAX_DOWNLOAD_TILES}); lower maxZoom or pick a smaller area`, 'tiles.tooMany', { tiles: total, max: MAX_DOWNLOAD_TILES });
    }
    if (this.jobs.size > 0) return fail({ code: 'CONFLICT', message: 'an area download is already running; cancel it or wait for it', key: 'tiles.busy' });
    const jobId = `dl-${this.nextJob++}`;
    const cancel = new AbortController();
    this.jobs.set(jobId, { cancel });
    void this.runDownload(jobId, a.value.label!, a.value.source, ranges, total, cancel.signal).finally(() => this.jobs.delete(jobId));
    return ok({ jobId, total });
  }

  cancel(raw: unknown): Result<null> {
    const id = (raw as { jobId?: unknown } | null)?.jobId;
    const job = typeof id === 'string' ? this.jobs.get(id) : undefined;
    if (!job) return invalid('jobId', `no download ${JSON.stringify(id)} is running`);
    job.cancel.abort();
    return ok(null);
  }

  private async runDownload(jobId: string, label: string, source: OnlineTileSource, ranges: ReturnType<typeof tileRanges>, total: number, signal: AbortSignal): Promise<void> {
    const p: OfflineDownloadProgress = { jobId, label, state: 'running', total, stored: 0, failed: 0, bytes: 0, detail: null };
    let lastSent = 0;
    const send = (force = false) => {
      const now = Date.now();
      if (!force && now - lastSent < 200) return;
      lastSent = now;
      this.hooks.onDownload({ ...p });
    };
    send(true);
    const tiles = eachTile(ranges);
    let unreachableStreak = 0;
    const worker = async () => {
      for (let next = tiles.next(); !next.done; next = tiles.next()) {
        if (signal.aborted) return;
        const [z, x, y] = next.value;
        if (await this.cache.has(source.template, z, x, y)) {
          await this.cache.pin(source.template, z, x, y);
          p.stored++;
          send();
          continue;
        }
        let r;
        try {
          r = await source.fetchTile(z, x, y, signal);
        } catch {
          return;
        }
        if (r.kind === 'tile') {
          await this.cache.put(source.template, z, x, y, r.tile.data, r.tile.contentType, { pinned: true });
          p.stored++;
          p.bytes += r.tile.data.length;
          unreachableStreak = 0;
        } else {
          p.failed++;
          if (r.kind === 'unreachable' && ++unreachableStreak >= 8) {
            p.detail = `${source.name} is unreachable (${r.reason})`;
            return;
          }
        }
        send();
      }
    };
    await Promise.all(Array.from({ length: DOWNLOAD_CONCURRENCY }, worker));
    p.state = signal.aborted ? 'cancelled' : p.detail ? 'failed' : 'done';
    this.logger.info('offline area download ended', { jobId, label, state: p.state, total, stored: p.stored, failed: p.failed, bytes: p.bytes });
    send(true);
    this.publishCache();
  }

  private publishCache(): void {
    this.lastStateKey = '';
    this.publish();
  }

  /** The bridge methods this service answers. */
  bridgeHandlers() {
    return {
      getBasemap: () => ok(this.state),
      setBasemap: (args: unknown) => this.setBasemap(args),
      estimateOfflineArea: (args: unknown) => this.estimate(args),
      downloadOfflineArea: (args: unknown) => this.download(args),
      cancelOfflineDownload: (args: unknown) => this.cancel(args),
    };
  }

  async close(): Promise<void> {
    clearInterval(this.probeTimer);
    for (const job of this.jobs.values()) job.cancel.abort();
    if (this.current.kind === 'file') await this.current.source.close().catch(() => undefined);
    await this.cache.close();
  }
}
