import type { StoredIncident } from './store';

/** The next version of an incident: the change, one version up, who made it and when. */
export function nextIncident(current: StoredIncident, change: Partial<StoredIncident>, actor: string, now: number): StoredIncident {
  return { ...current, ...change, version: current.version + 1, updated_ms: now, updated_by: actor };
}
