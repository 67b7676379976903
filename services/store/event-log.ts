import type { SqlRunner, SqliteDb, Migration } from './sqlite-db';

/** Tables every engine has: its append-only event log and the request ids it has answered. */
export const EVENT_LOG_MIGRATION: Migration = {
  version: 1,
  name: 'event-log',
  up: `
    CREATE TABLE events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      time_ms INTEGER NOT NULL,
      kind TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      payload TEXT NOT NULL
    );
    CREATE TABLE requests (
      request_id TEXT PRIMARY KEY,
      method TEXT NOT NULL,
      response TEXT NOT NULL,
      created_ms INTEGER NOT NULL
    );
    CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
  `,
};

export interface LoggedEvent {
  seq: number;
  timeMs: number;
  kind: string;
  entityId: string;
  /** The wire record (proto shape) as it was after this change. */
  payload: unknown;
}

type Listener = (events: LoggedEvent[]) => void;

/**
 * The engine's append-only log. Appends happen inside the caller's transaction; listeners hear
 * about them only after commit (publish), so a watcher never sees a change that rolled back.
 */
export class EventLog {
  private listeners = new Set<Listener>();

  constructor(private readonly db: SqliteDb) {}

  async append(tx: SqlRunner, kind: string, entityId: string, payload: unknown, timeMs = Date.now()): Promise<LoggedEvent> {
    const r = await tx.run('INSERT INTO events(time_ms, kind, entity_id, payload) VALUES (?, ?, ?, ?)', [
      timeMs,
      kind,
      entityId,
      JSON.stringify(payload),
    ]);
    return { seq: r.lastID, timeMs, kind, entityId, payload };
  }

  publish(events: LoggedEvent[]): void {
    if (events.length === 0) return;
    for (const l of this.listeners) l(events);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async readAfter(afterSeq: number, limit: number): Promise<LoggedEvent[]> {
    const rows = await this.db.all<{ seq: number; time_ms: number; kind: string; entity_id: string; payload: string }>(
      'SELECT seq, time_ms, kind, entity_id, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?',
      [afterSeq, limit],
    );
    return rows.map((r) => ({ seq: r.seq, timeMs: r.time_ms, kind: r.kind, entityId: r.entity_id, payload: JSON.parse(r.payload) }));
  }

  async bounds(): Promise<{ minSeq: number; lastSeq: number }> {
    const r = await this.db.get<{ minSeq: number | null; lastSeq: number | null }>('SELECT MIN(seq) AS minSeq, MAX(seq) AS lastSeq FROM events');
    return { minSeq: r?.minSeq ?? 0, lastSeq: r?.lastSeq ?? 0 };
  }
}

/** Next value of a named counter, inside a transaction. */
export async function nextCounter(tx: SqlRunner, name: string): Promise<number> {
  await tx.run('INSERT INTO counters(name, value) VALUES (?, 0) ON CONFLICT(name) DO NOTHING', [name]);
  const row = await tx.get<{ value: number }>('UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value', [name]);
  return row!.value;
}

/** The response recorded for a request id, if that request was already applied. */
export async function recordedResponse<T>(tx: SqlRunner, requestId: string, method: string): Promise<T | undefined> {
  const row = await tx.get<{ method: string; response: string }>('SELECT method, response FROM requests WHERE request_id = ?', [requestId]);
  if (!row) return undefined;
  if (row.method !== method) {
    throw new RequestIdReused(requestId, row.method, method);
  }
  return JSON.parse(row.response) as T;
}

export async function recordResponse(tx: SqlRunner, requestId: string, method: string, response: unknown): Promise<void> {
  await tx.run('INSERT INTO requests(request_id, method, response, created_ms) VALUES (?, ?, ?, ?)', [
    requestId,
    method,
    JSON.stringify(response),
    Date.now(),
  ]);
}

export class RequestIdReused extends Error {
  constructor(
    readonly requestId: string,
    readonly firstMethod: string,
    readonly method: string,
  ) {
    super(`request_id ${requestId} was already used for ${firstMethod}; use a new id for ${method}`);
  }
}
