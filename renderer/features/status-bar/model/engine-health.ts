import type { ConsoleStatus } from '../../../../common/bridge/contract';
import { ENGINES, type EngineName, type EngineState } from '../../../../common/domain/engines';

export interface EngineIndicator {
  engine: EngineName;
  state: EngineState;
  /** When the engine is not ready: the time of its last event (how stale its data is), null if none ever. */
  staleSinceMs: number | null;
  detail: string;
}

/** One indicator per engine, in a fixed order; unknown engines show as connecting. */
export function engineIndicators(status: ConsoleStatus | null): EngineIndicator[] {
  return ENGINES.map((engine) => {
    const s = status?.engines[engine];
    if (!s) return { engine, state: 'connecting', staleSinceMs: null, detail: '' };
    return { engine, state: s.state, staleSinceMs: s.state === 'ready' ? null : s.lastEventMs, detail: s.detail };
  });
}

/** The newest event this window knows of: a delta it received, or the latest any engine reported. */
export function lastEventMs(localMs: number | null, status: ConsoleStatus | null): number | null {
  let best = localMs;
  for (const e of Object.values(status?.engines ?? {})) {
    if (e.lastEventMs !== null && (best === null || e.lastEventMs > best)) best = e.lastEventMs;
  }
  return best;
}
