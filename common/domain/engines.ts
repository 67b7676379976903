export const ENGINES = ['dispatch', 'siem', 'inference'] as const;
export type EngineName = (typeof ENGINES)[number];

export type EngineState = 'connecting' | 'ready' | 'down';

export interface EngineStatus {
  engine: EngineName;
  state: EngineState;
  /** Wall-clock time of the last event received from this engine. */
  lastEventMs: number | null;
  lastSeq: number;
  /** Since when the engine has been in this state. */
  sinceMs: number;
  /** Why it is down, in English, when it is. */
  detail: string;
}

export function isEngineName(value: unknown): value is EngineName {
  return typeof value === 'string' && (ENGINES as readonly string[]).includes(value);
}
