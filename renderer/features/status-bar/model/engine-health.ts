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
