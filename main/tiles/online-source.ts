// An online XYZ tile template fetched through the console: knows when the network source went away.
import type { TileFormat } from '../../common/tiles/basemap-types';
import { CONTENT_TYPES, sniffFormat, type TileData } from './tile-source';

export const FETCH_TIMEOUT_MS = 6_000;
/** After a failed fetch, tiles come from the cache only for this long before the network is tried again. */
export const RETRY_AFTER_MS = 5_000;

export type FetchOutcome = { kind: 'tile'; tile: TileData } | { kind: 'missing' } | { kind: 'unreachable'; reason: string };

export function checkTemplate(raw: string): { ok: true; template: string } | { ok: false; reason: string } {
  let u: URL;
  try {
    u = new URL(raw.replace(/\{[zxy]\}/g, '0'));
  } catch {
    return { ok: false, reason: `not a URL: ${JSON.stringify(raw.slice(0, 120))}` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ok: false, reason: `only http and https tile sources are fetched, got ${u.protocol}` };
  for (const p of ['{z}', '{x}', '{y}']) if (!raw.includes(p)) return { ok: false, reason: `the template must contain {z}, {x} and {y}; ${p} is missing` };
  return { ok: true, template: raw };
}

export class OnlineTileSource {
  reachable = true;
  offlineSinceMs: number | null = null;
  lastProblem: string | null = null;
  private lastFailureMs = 0;
  format: TileFormat | null = null;

  constructor(
    readonly template: string,
    private readonly onReachability: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  get name(): string {
    try {
      return new URL(this.template.replace(/\{[zxy]\}/g, '0')).host;
    } catch {
      return this.template;
    }
  }

  /** True while a recent failure says not to wait on the network for every tile. */
  get backingOff(): boolean {
    return !this.reachable && this.now() - this.lastFailureMs < RETRY_AFTER_MS;
  }

  async fetchTile(z: number, x: number, y: number, signal?: AbortSignal): Promise<FetchOutcome> {
    const url = this.template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
    try {
      const res = await fetch(url, { signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]) : AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { 'user-agent': 'Watchfloor/1 (city operations console; tile cache)' } });
      if (res.status === 404 || res.status === 204) {
        await res.arrayBuffer().catch(() => undefined);
        this.markReachable();
        return { kind: 'missing' };
      }
      if (!res.ok) {
        await res.arrayBuffer().catch(() => undefined);
        if (res.status >= 500 || res.status === 429) return this.markUnreachable(`the tile server answered ${res.status}`);
        this.markReachable();
        return { kind: 'missing' };
      }
      const data = Buffer.from(await res.arrayBuffer());
      const format = sniffFormat(data) ?? (res.headers.get('content-type')?.includes('protobuf') ? 'pbf' : null);
      this.markReachable();
      if (!format) return { kind: 'missing' };
      this.format ??= format;
      return { kind: 'tile', tile: { data, contentType: CONTENT_TYPES[format] } };
    } catch (err) {
      if (signal?.aborted) throw err;
      const e = err as Error & { cause?: { code?: string } };
      return this.markUnreachable(e.name === 'TimeoutError' ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : (e.cause?.code ?? e.message));
    }
  }

  private markReachable(): void {
    if (this.reachable) return;
    this.reachable = true;
    this.offlineSinceMs = null;
    this.lastProblem = null;
    this.onReachability();
  }

  private markUnreachable(reason: string): FetchOutcome {
    this.lastFailureMs = this.now();
    this.lastProblem = reason;
    if (this.reachable) {
      this.reachable = false;
      this.offlineSinceMs = this.now();
      this.onReachability();
    }
    return { kind: 'unreachable', reason };
  }
}
