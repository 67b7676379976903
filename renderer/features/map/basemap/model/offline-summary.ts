// What is unreachable from this map, and since when: engines that are down and the online tile source.
import type { ConsoleStatus } from '../../../../../common/bridge/contract';
import { ENGINES, type EngineName } from '../../../../../common/domain/engines';
import type { BasemapState } from '../../../../../common/tiles/basemap-types';

export interface OfflineSummary {
  /** The earliest moment something went away. */
  sinceMs: number;
  engines: EngineName[];
  tiles: boolean;
}

export function offlineSummary(status: ConsoleStatus | null, basemap: BasemapState | null): OfflineSummary | null {
  const engines: EngineName[] = [];
  let since = Infinity;
  for (const e of ENGINES) {
    const s = status?.engines[e];
    if (s?.state !== 'down') continue;
    engines.push(e);
    since = Math.min(since, s.sinceMs);
  }
  const tiles = basemap?.kind === 'url' && !basemap.reachable;
  if (tiles && basemap.offlineSinceMs !== null) since = Math.min(since, basemap.offlineSinceMs);
  if (!engines.length && !tiles) return null;
  return { sinceMs: Number.isFinite(since) ? since : Date.now(), engines, tiles };
}

/** HH:MM on the operator's clock. */
export function clockHm(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
