import type { Delta, OutboxEntry } from '../../common/bridge/contract';
import type { EngineName } from '../../common/domain/engines';
import type { Alert } from '../../common/domain/alert';
import type { Camera } from '../../common/domain/camera';
import type { Incident } from '../../common/domain/incident';
import type { Unit } from '../../common/domain/unit';
import { SqliteDb, type SqlRunner } from '../../services/store/sqlite-db';
import { migration0001 } from './migrations/0001-init';
import { migration0002 } from './migrations/0002-geodata';
import { migration0010 } from './migrations/0010-sensors';
import type { CorridorForecast, Sensor, WardFloodRisk } from '../../common/domain/sensor';

export const CACHE_MIGRATIONS = [migration0001, migration0002, migration0010];

/** Which cache tables each engine owns (a resync replaces exactly these). */
const ENGINE_TABLES: Record<EngineName, readonly ('incidents' | 'units' | 'alerts' | 'cameras' | 'sensors' | 'flood_risks' | 'corridors')[]> = {
  dispatch: ['incidents', 'units'],
  siem: ['alerts'],
  inference: ['cameras', 'sensors', 'flood_risks', 'corridors'],
};

export interface CachedState {
  incidents: Incident[];
  units: Unit[];
  alerts: Alert[];
  cameras: Camera[];
  sensors?: Sensor[];
  floodRisks?: WardFloodRisk[];
  corridors?: CorridorForecast[];
  cursors: Record<string, { lastSeq: number; lastEventMs: number | null }>;
}

/**
 * The console's local mirror of the engines (sqlite3, WAL): records, the last seq per engine and
 * the outbox. Records and cursor commit together, so a resume after a crash has no gap.
 */
export class ConsoleCache {
  private constructor(readonly db: SqliteDb) {}

  static async open(file: string): Promise<ConsoleCache> {
    const db = await SqliteDb.open(file);
    await db.migrate(CACHE_MIGRATIONS);
    return new ConsoleCache(db);
  }

  /** Writes a batch of changes from one engine and advances its cursor, atomically. */
  async applyBatch(engine: EngineName, lastSeq: number, lastEventMs: number, delta: Delta): Promise<void> {
    await this.db.transaction(async (tx) => {
      await upsert(tx, 'incidents', delta.incidents);
      await upsert(tx, 'units', delta.units);
      await upsert(tx, 'alerts', delta.alerts);
      await upsert(tx, 'cameras', delta.cameras);
      await upsertSensorTables(tx, delta);
      await setCursor(tx, engine, lastSeq, lastEventMs);
    });
  }

  /** Replaces everything an engine owns with a fresh snapshot (after OUT_OF_RANGE). */
  async replaceEngine(engine: EngineName, lastSeq: number, delta: Delta): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const table of ENGINE_TABLES[engine]) await tx.run(`DELETE FROM ${table}`);
      await upsert(tx, 'incidents', delta.incidents);
      await upsert(tx, 'units', delta.units);
      await upsert(tx, 'alerts', delta.alerts);
      await upsert(tx, 'cameras', delta.cameras);
      await upsertSensorTables(tx, delta);
      await setCursor(tx, engine, lastSeq, Date.now());
    });
  }

  async load(): Promise<CachedState> {
    const read = async <T>(table: string) => (await this.db.all<{ data: string }>(`SELECT data FROM ${table}`)).map((r) => JSON.parse(r.data) as T);
    const cursorRows = await this.db.all<{ engine: string; last_seq: number; last_event_ms: number | null }>('SELECT engine, last_seq, last_event_ms FROM cursors');
    return {
      incidents: await read<Incident>('incidents'),
      units: await read<Unit>('units'),
      alerts: await read<Alert>('alerts'),
      cameras: await read<Camera>('cameras'),
      sensors: await read<Sensor>('sensors'),
      floodRisks: await read<WardFloodRisk>('flood_risks'),
      corridors: await read<CorridorForecast>('corridors'),
      cursors: Object.fromEntries(cursorRows.map((r) => [r.engine, { lastSeq: r.last_seq, lastEventMs: r.last_event_ms }])),
    };
  }

  async lastSeq(engine: EngineName): Promise<number> {
    const row = await this.db.get<{ last_seq: number }>('SELECT last_seq FROM cursors WHERE engine = ?', [engine]);
    return row?.last_seq ?? 0;
  }

  // ---- outbox ----

  async outboxAdd(e: OutboxEntry & { args: unknown }): Promise<void> {
    await this.db.run(
      'INSERT INTO outbox(command_id, engine, kind, args, summary, state, created_ms, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [e.commandId, e.engine, e.kind, JSON.stringify(e.args), e.summary, e.state, e.createdMs, e.attempts],
    );
  }

  async outboxUpdate(e: OutboxEntry): Promise<void> {
    await this.db.run('UPDATE outbox SET state = ?, attempts = ?, error = ?, current = ? WHERE command_id = ?', [
      e.state,
      e.attempts,
      e.error ? JSON.stringify(e.error) : null,
      e.current === undefined ? null : JSON.stringify(e.current),
      e.commandId,
    ]);
  }

  async outboxRemove(commandId: string): Promise<void> {
    await this.db.run('DELETE FROM outbox WHERE command_id = ?', [commandId]);
  }

  /** Every entry in submission order, with its arguments. */
  async outboxList(): Promise<(OutboxEntry & { args: unknown })[]> {
    const rows = await this.db.all<{
      command_id: string; engine: EngineName; kind: OutboxEntry['kind']; args: string; summary: string;
      state: OutboxEntry['state']; created_ms: number; attempts: number; error: string | null; current: string | null;
    }>('SELECT * FROM outbox ORDER BY position');
    return rows.map((r) => ({
      commandId: r.command_id,
      engine: r.engine,
      kind: r.kind,
      args: JSON.parse(r.args),
      summary: r.summary,
      // A send interrupted by a crash is simply pending again: the request_id makes the retry safe.
      state: r.state === 'sending' ? 'pending' : r.state,
      createdMs: r.created_ms,
      attempts: r.attempts,
      error: r.error ? JSON.parse(r.error) : undefined,
      current: r.current ? JSON.parse(r.current) : undefined,
    }));
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

async function upsert(tx: SqlRunner, table: string, items: { id: string; version: number }[] | undefined): Promise<void> {
  if (!items?.length) return;
  for (const item of items) {
    await tx.run(
      `INSERT INTO ${table}(id, version, data) VALUES (?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET version = excluded.version, data = excluded.data WHERE excluded.version >= ${table}.version`,
      [item.id, item.version, JSON.stringify(item)],
    );
  }
}

async function upsertSensorTables(tx: SqlRunner, delta: Delta): Promise<void> {
  await upsert(tx, 'sensors', delta.sensors);
  await upsert(tx, 'flood_risks', delta.floodRisks);
  await upsert(tx, 'corridors', delta.corridors);
}

async function setCursor(tx: SqlRunner, engine: EngineName, lastSeq: number, lastEventMs: number): Promise<void> {
  await tx.run(
    `INSERT INTO cursors(engine, last_seq, last_event_ms, updated_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT(engine) DO UPDATE SET last_seq = excluded.last_seq, last_event_ms = excluded.last_event_ms, updated_ms = excluded.updated_ms`,
    [engine, lastSeq, lastEventMs, Date.now()],
  );
}
