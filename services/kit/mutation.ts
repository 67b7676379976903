import type { SqliteDb, SqlRunner } from '../store/sqlite-db';
import { EventLog, recordedResponse, recordResponse, type LoggedEvent } from '../store/event-log';

export interface MutationContext {
  tx: SqlRunner;
  /** Appends an event to the log; it is published to watchers after commit. */
  emit(kind: string, entityId: string, payload: unknown): Promise<LoggedEvent>;
}

/**
 * Runs a mutation once per request_id: the entity change, its event and the recorded response
 * commit together; a retry with the same id gets the recorded response and changes nothing.
 */
export async function applyOnce<T>(
  db: SqliteDb,
  log: EventLog,
  requestId: string,
  method: string,
  body: (ctx: MutationContext) => Promise<T>,
): Promise<T> {
  const events: LoggedEvent[] = [];
  return db.transaction(async (tx) => {
    const previous = await recordedResponse<T>(tx, requestId, method);
    if (previous !== undefined) return previous;
    const out = await body({ tx, emit: async (kind, id, payload) => {
      const e = await log.append(tx, kind, id, payload);
      events.push(e);
      return e;
    } });
    await recordResponse(tx, requestId, method, out);
    // Published while the connection is still held: watchers hear events in commit (seq) order.
    tx.onCommit!(() => log.publish(events));
    return out;
  });
}
