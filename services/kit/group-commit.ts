import type { SqlConnection, SqliteDb, SqlParams } from '../store/sqlite-db';
import { sqlRows } from '../store/sqlite-db';
import { RequestIdReused, type EventLog, type LoggedEvent } from '../store/event-log';

/** One row of a batch's single read: which part it answers (k), a key, and two values. */
export interface BatchReadRow {
  k: string;
  id: string;
  a: string | number | null;
  b: string | number | null;
}

/** A SELECT (or UNION ALL of SELECTs) giving BatchReadRow columns k, id, a, b. */
export interface BatchRead {
  sql: string;
  params: unknown[];
}

/**
 * The engine state a batch works on. A batch opens it inside its transaction; each mutation's
 * changes are kept (it succeeded) or dropped (it was rejected) before the next one runs, so a
 * rejected mutation never leaks into its neighbours.
 */
export interface BatchWorkspace {
  /** Marks the start of one mutation's changes. */
  begin(): void;
  keep(): void;
  drop(): void;
  /** The kept changes as SQL statements (literals, no parameters) for the batch's write script. */
  writeScript(): string;
  /** After COMMIT, still holding the connection: the kept changes become the current state. */
  committed(): void;
}

export interface BatchedMutation<T, W> {
  requestId: string;
  method: string;
  /** What the workspace must load before the batch is applied (entity keys, counters). */
  needs: readonly string[];
  /**
   * Validates against the current state (as left by the mutations before it in the batch) and
   * makes the change; throws (an EngineError) to reject this mutation alone.
   */
  apply(w: W, emit: (kind: string, entityId: string, payload: unknown) => void): T;
}

/** How an engine's state takes part in group commit. */
export interface BatchState<W> {
  /** The part of the batch's one read that loads what these needs name (undefined: nothing to load). */
  read(needs: ReadonlySet<string>): BatchRead | undefined;
  /** The workspace for one batch, from the rows its read returned. */
  open(rows: readonly BatchReadRow[]): W;
}

interface Pending<W> {
  m: BatchedMutation<unknown, W>;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

/** Mutations per transaction; the rest wait for the next batch. */
const MAX_BATCH = 500;

/**
 * Group commit: mutations that arrive while the connection is busy (or in the same turn of the
 * event loop) are validated against in-memory state one after another and written in ONE
 * transaction with their events and recorded responses. Each caller is answered only after that
 * COMMIT; events are published in seq order while the connection is still held.
 *
 * Two round trips per batch whatever its size (each is a hop through sqlite3's thread pool, slow
 * when the machine is busy): one read (recorded request ids, last seq, what the workspace needs)
 * and one script, BEGIN … every write … COMMIT.
 */
export class GroupCommit<W extends BatchWorkspace> {
  private pending: Pending<W>[] = [];
  private scheduled = false;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: SqliteDb,
    private readonly log: EventLog,
    private readonly state: BatchState<W>,
  ) {}

  submit<T>(m: BatchedMutation<T, W>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ m: m as BatchedMutation<unknown, W>, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.schedule());
      }
    });
  }

  /** Resolves once every mutation submitted so far has been committed or rejected. */
  async drain(): Promise<void> {
    while (this.pending.length > 0) {
      this.schedule();
      await this.idle;
    }
    await this.idle;
  }

  private schedule(): void {
    // The batch takes whatever is pending when it gets the connection, not when it was queued.
    const run = this.db.exclusive((conn) => this.runBatch(conn));
    this.idle = run.catch(() => undefined);
  }

  private async runBatch(conn: SqlConnection): Promise<void> {
    const batch = this.pending.splice(0, MAX_BATCH);
    this.scheduled = this.pending.length > 0;
    if (this.scheduled) setImmediate(() => this.schedule());
    if (batch.length === 0) return;

    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    const published: LoggedEvent[] = [];
    let workspace: W;
    try {
      // Read before BEGIN: the connection is ours until this batch ends, and the engine is its file's only writer.
      const ids = [...new Set(batch.map((p) => p.m.requestId))];
      const own = this.state.read(new Set(batch.flatMap((p) => p.m.needs)));
      const rows = await conn.all<BatchReadRow>(
        `SELECT 'request' AS k, request_id AS id, method AS a, response AS b FROM requests WHERE request_id IN (${ids.map(() => '?').join(', ')})
         UNION ALL SELECT 'seq', '', MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0), COALESCE((SELECT MAX(seq) FROM events), 0)), NULL
         ${own ? ` UNION ALL ${own.sql}` : ''}`,
        [...ids, ...(own?.params ?? [])] as SqlParams,
      );
      const recorded = new Map<string, { method: string; response: unknown }>();
      let seq = 0;
      for (const r of rows) {
        if (r.k === 'request') recorded.set(r.id, { method: String(r.a), response: JSON.parse(String(r.b)) });
        else if (r.k === 'seq') seq = Number(r.a ?? 0);
      }
      workspace = this.state.open(rows);
      const events: (string | number)[][] = [];
      const responses: (string | number)[][] = [];
      const now = Date.now();
      for (const { m } of batch) {
        const previous = recorded.get(m.requestId);
        if (previous) {
          outcomes.push(previous.method === m.method ? { ok: true, value: previous.response } : { ok: false, error: new RequestIdReused(m.requestId, previous.method, m.method) });
          continue;
        }
        const mine: LoggedEvent[] = [];
        workspace.begin();
        try {
          const value = m.apply(workspace, (kind, entityId, payload) => mine.push({ seq: 0, timeMs: Date.now(), kind, entityId, payload }));
          workspace.keep();
          for (const e of mine) {
            e.seq = ++seq;
            published.push(e);
            events.push([e.seq, e.timeMs, e.kind, e.entityId, JSON.stringify(e.payload)]);
          }
          responses.push([m.requestId, m.method, JSON.stringify(value), now]);
          // A retry inside the same batch gets this answer, as it would after the commit.
          recorded.set(m.requestId, { method: m.method, response: value });
          outcomes.push({ ok: true, value });
        } catch (error) {
          workspace.drop();
          outcomes.push({ ok: false, error });
        }
      }
      // Explicit seqs continue from AUTOINCREMENT's high-water mark (which then moves past them).
      const script = [
        'BEGIN IMMEDIATE;',
        workspace.writeScript(),
        ...chunks(events).map((c) => `INSERT INTO events(seq, time_ms, kind, entity_id, payload) VALUES ${sqlRows(c)};`),
        ...chunks(responses).map((c) => `INSERT INTO requests(request_id, method, response, created_ms) VALUES ${sqlRows(c)};`),
        'COMMIT;',
      ];
      await conn.exec(script.join('\n'));
    } catch (err) {
      await conn.exec('ROLLBACK').catch(() => undefined);
      // Nothing of this batch was committed: every caller hears it failed, none is acknowledged.
      for (const p of batch) p.reject(err);
      return;
    }
    workspace.committed();
    this.log.publish(published);
    batch.forEach((p, i) => {
      const o = outcomes[i];
      if (o.ok) p.resolve(o.value);
      else p.reject(o.error);
    });
  }
}

/** Rows per INSERT statement. */
function chunks<T>(rows: readonly T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
