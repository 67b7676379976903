import type { SqlConnection, SqliteDb, SqlRunner } from '../store/sqlite-db';
import { appendEvents, recordedResponses, recordResponses, RequestIdReused, type EventLog, type NewEvent } from '../store/event-log';

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
  /** Writes the kept changes inside the batch transaction. */
  flush(tx: SqlRunner): Promise<void>;
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
 */
export class GroupCommit<W extends BatchWorkspace> {
  private pending: Pending<W>[] = [];
  private scheduled = false;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: SqliteDb,
    private readonly log: EventLog,
    /** Opens the workspace for one batch inside its transaction, loading what the batch needs. */
    private readonly open: (tx: SqlRunner, needs: ReadonlySet<string>) => Promise<W>,
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
    let published: Awaited<ReturnType<typeof appendEvents>> = [];
    let workspace: W | undefined;
    try {
      await conn.exec('BEGIN IMMEDIATE');
      const recorded = await recordedResponses(conn, batch.map((p) => p.m.requestId));
      workspace = await this.open(conn, new Set(batch.flatMap((p) => p.m.needs)));
      const events: NewEvent[] = [];
      const responses: { requestId: string; method: string; response: unknown }[] = [];
      for (const { m } of batch) {
        const previous = recorded.get(m.requestId);
        if (previous) {
          outcomes.push(previous.method === m.method ? { ok: true, value: previous.response } : { ok: false, error: new RequestIdReused(m.requestId, previous.method, m.method) });
          continue;
        }
        const mine: NewEvent[] = [];
        workspace.begin();
        try {
          const value = m.apply(workspace, (kind, entityId, payload) => mine.push({ kind, entityId, payload, timeMs: Date.now() }));
          workspace.keep();
          events.push(...mine);
          responses.push({ requestId: m.requestId, method: m.method, response: value });
          // A retry inside the same batch gets this answer, as it would after the commit.
          recorded.set(m.requestId, { method: m.method, response: value });
          outcomes.push({ ok: true, value });
        } catch (error) {
          workspace.drop();
          outcomes.push({ ok: false, error });
        }
      }
      await workspace.flush(conn);
      published = await appendEvents(conn, events);
      await recordResponses(conn, responses);
      await conn.exec('COMMIT');
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
