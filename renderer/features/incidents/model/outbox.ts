import type { OutboxEntry } from '../../../../common/bridge/contract';
import { isIncidentStatus, type IncidentStatus } from '../../../../common/domain/incident';

/** The engine's current record of a conflicting command, when it is an incident we can describe. */
export function conflictRecord(entry: OutboxEntry): { id: string; status: IncidentStatus; version: number } | null {
  if (entry.state !== 'conflict') return null;
  const c = entry.current as { id?: unknown; status?: unknown; version?: unknown } | null | undefined;
  if (!c || typeof c.id !== 'string' || !isIncidentStatus(c.status) || typeof c.version !== 'number') return null;
  return { id: c.id, status: c.status, version: c.version };
}

/** Oldest first: the order the outbox replays them. */
export function sortOutbox(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return [...entries].sort((a, b) => a.createdMs - b.createdMs);
}
