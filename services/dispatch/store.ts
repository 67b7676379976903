import type { Incident } from '../../proto/gen/watchfloor/dispatch/v1/Incident';
import type { Unit } from '../../proto/gen/watchfloor/dispatch/v1/Unit';
import { EventLog } from '../store/event-log';
import { SqliteDb, sqlRows, type SqlRunner } from '../store/sqlite-db';
import { GroupCommit, type BatchRead, type BatchReadRow, type BatchState, type BatchWorkspace } from '../kit/group-commit';
import { DISPATCH_MIGRATIONS } from './migrations';

/** Wire-shaped records as stored (int64 fields as numbers). */
export type StoredIncident = Required<Omit<Incident, 'location' | 'assigned_unit_ids' | 'sop_id' | 'sop_steps' | 'notes' | 'sla_dispatch_due_ms' | 'sla_resolve_due_ms' | 'sla_breaches' | 'linked_reports' | 'merged_into' | 'merged_ids' | 'ward_notifications' | 'reallocations'>> & {
  location: { lat: number; lon: number };
  /** Absent on incidents stored before assignments existed. */
  assigned_unit_ids?: string[];
  /** Absent on incidents stored before SOPs and notes existed. */
  sop_id?: string;
  sop_steps?: StoredSopStep[];
  notes?: StoredNote[];
  sla_dispatch_due_ms?: number;
  sla_resolve_due_ms?: number;
  sla_breaches?: string[];
  linked_reports?: StoredLinkedReport[];
  merged_into?: string;
  merged_ids?: string[];
  ward_notifications?: StoredWardNotification[];
  reallocations?: StoredReallocation[];
};
export interface StoredWardNotification {
  ward: string;
  step_id: string;
  message: string;
  sent_by: string;
  sent_ms: number;
}
export interface StoredReallocation {
  unit_id: string;
  call_sign: string;
  from_incident_id: string;
  from_priority: number;
  to_incident_id: string;
  to_priority: number;
  actor: string;
  time_ms: number;
}
export interface StoredLinkedReport {
  report_id: string;
  description: string;
  location: { lat: number; lon: number };
  received_ms: number;
  distance_m: number;
  reporter: string;
}
export interface StoredSopStep {
  id: string;
  title: string;
  title_en: string;
  required: boolean;
  action: string;
  action_param: string;
  done_by: string;
  done_ms: number;
}
export interface StoredNote {
  id: string;
  text: string;
  author: string;
  time_ms: number;
}
export type StoredUnit = Required<Omit<Unit, 'position' | 'route' | 'route_eta_s' | 'route_distance_m' | 'route_estimate' | 'route_computed_ms'>> & {
  position: { lat: number; lon: number };
  /** Absent while the unit is free (and on units stored before routes existed). */
  route?: { lat: number; lon: number }[];
  route_eta_s?: number;
  route_distance_m?: number;
  route_estimate?: string;
  route_computed_ms?: number;
};

export class DispatchStore {
  /**
   * Current records, loaded at open, written through by group-committed mutations: units, and
   * incidents until they close. Any other write (putIncident/putUnit) evicts its record, so a
   * batch reloads it from SQLite; batches and transactions never overlap on the connection.
   */
  private readonly cache: DispatchCache = { incidents: new Map(), units: new Map() };
  /** Group-committed mutations (the hot paths: AVL position reports, new incidents). */
  readonly batches: GroupCommit<DispatchWorkspace>;

  private constructor(
    readonly db: SqliteDb,
    readonly log: EventLog,
  ) {
    this.batches = new GroupCommit(db, log, dispatchBatchState(this.cache));
  }

  static async open(file: string): Promise<DispatchStore> {
    const db = await SqliteDb.open(file);
    await db.migrate(DISPATCH_MIGRATIONS);
    const store = new DispatchStore(db, new EventLog(db));
    for (const r of await db.all<{ data: string }>('SELECT data FROM units')) {
      const u = JSON.parse(r.data) as StoredUnit;
      store.cache.units.set(u.id, u);
    }
    for (const r of await db.all<{ data: string }>(`SELECT data FROM incidents WHERE status NOT IN (${ENDED.map(() => '?').join(', ')})`, ENDED)) {
      const inc = JSON.parse(r.data) as StoredIncident;
      store.cache.incidents.set(inc.id, inc);
    }
    return store;
  }

  async getIncident(tx: SqlRunner, id: string): Promise<StoredIncident | undefined> {
    const row = await tx.get<{ data: string }>('SELECT data FROM incidents WHERE id = ?', [id]);
    return row ? (JSON.parse(row.data) as StoredIncident) : undefined;
  }

  async putIncident(tx: SqlRunner, inc: StoredIncident): Promise<void> {
    this.cache.incidents.delete(inc.id);
    await tx.run(
      `INSERT INTO incidents(id, status, version, updated_ms, data) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET status = excluded.status, version = excluded.version, updated_ms = excluded.updated_ms, data = excluded.data`,
      [inc.id, inc.status, inc.version, inc.updated_ms, JSON.stringify(inc)],
    );
  }

  async getUnit(tx: SqlRunner, id: string): Promise<StoredUnit | undefined> {
    const row = await tx.get<{ data: string }>('SELECT data FROM units WHERE id = ?', [id]);
    return row ? (JSON.parse(row.data) as StoredUnit) : undefined;
  }

  async putUnit(tx: SqlRunner, unit: StoredUnit): Promise<void> {
    this.cache.units.delete(unit.id);
    await tx.run(
      'INSERT INTO units(id, version, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, data = excluded.data',
      [unit.id, unit.version, JSON.stringify(unit)],
    );
  }

  /** A snapshot and the log position it is consistent with, read in one transaction. */
  async snapshotIncidents(includeClosed: boolean): Promise<{ incidents: StoredIncident[]; lastSeq: number }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.all<{ data: string }>(
        includeClosed ? 'SELECT data FROM incidents ORDER BY id' : "SELECT data FROM incidents WHERE status NOT IN ('closed', 'cancelled', 'merged') ORDER BY id",
      );
      const seq = await tx.get<{ s: number | null }>('SELECT MAX(seq) AS s FROM events');
      return { incidents: rows.map((r) => JSON.parse(r.data) as StoredIncident), lastSeq: seq?.s ?? 0 };
    });
  }

  async snapshotUnits(): Promise<{ units: StoredUnit[]; lastSeq: number }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.all<{ data: string }>('SELECT data FROM units ORDER BY id');
      const seq = await tx.get<{ s: number | null }>('SELECT MAX(seq) AS s FROM events');
      return { units: rows.map((r) => JSON.parse(r.data) as StoredUnit), lastSeq: seq?.s ?? 0 };
    });
  }

  /** Every logged version of one incident, oldest first (the timeline's source). */
  async incidentVersions(id: string): Promise<{ seq: number; timeMs: number; incident: StoredIncident }[]> {
    const rows = await this.db.all<{ seq: number; time_ms: number; payload: string }>(
      "SELECT seq, time_ms, payload FROM events WHERE kind = 'incident' AND entity_id = ? ORDER BY seq",
      [id],
    );
    return rows.map((r) => ({ seq: r.seq, timeMs: r.time_ms, incident: JSON.parse(r.payload) as StoredIncident }));
  }

  async countUnits(): Promise<number> {
    const r = await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM units');
    return r?.n ?? 0;
  }

  /** Commits (or rejects) every mutation already submitted, then closes the file. */
  async close(): Promise<void> {
    await this.batches.drain();
    return this.db.close();
  }
}

/** Incidents in these states are not kept in memory (a batch that needs one reads it). */
const ENDED = ['closed', 'cancelled', 'merged'];

interface DispatchCache {
  incidents: Map<string, StoredIncident>;
  units: Map<string, StoredUnit>;
}

/** Keys a batched mutation names in `needs`, so its batch loads them before applying. */
export const needIncident = (id: string) => `incident:${id}`;
export const needUnit = (id: string) => `unit:${id}`;
export const needCounter = (name: string) => `counter:${name}`;

interface Changes {
  incidents: Map<string, StoredIncident>;
  units: Map<string, StoredUnit>;
  counters: Map<string, number>;
}
const noChanges = (): Changes => ({ incidents: new Map(), units: new Map(), counters: new Map() });

/** One batch's view of the dispatch state: the cache, what the batch loaded, and its kept changes. */
export class DispatchWorkspace implements BatchWorkspace {
  private readonly kept = noChanges();
  private current = noChanges();

  constructor(
    private readonly cache: DispatchCache,
    /** Records and counters read from SQLite for this batch (undefined: does not exist). */
    private readonly loaded: { incidents: Map<string, StoredIncident | undefined>; units: Map<string, StoredUnit | undefined>; counters: Map<string, number> },
  ) {}

  incident(id: string): StoredIncident | undefined {
    const c = this.current.incidents.get(id) ?? this.kept.incidents.get(id) ?? this.cache.incidents.get(id);
    if (c || this.loaded.incidents.has(id)) return c ?? this.loaded.incidents.get(id);
    throw new Error(`incident ${id} was not named in the mutation's needs`);
  }

  unit(id: string): StoredUnit | undefined {
    const c = this.current.units.get(id) ?? this.kept.units.get(id) ?? this.cache.units.get(id);
    if (c || this.loaded.units.has(id)) return c ?? this.loaded.units.get(id);
    throw new Error(`unit ${id} was not named in the mutation's needs`);
  }

  putIncident(inc: StoredIncident): void {
    this.current.incidents.set(inc.id, inc);
  }

  putUnit(unit: StoredUnit): void {
    this.current.units.set(unit.id, unit);
  }

  nextCounter(name: string): number {
    const value = this.current.counters.get(name) ?? this.kept.counters.get(name) ?? this.loaded.counters.get(name);
    if (value === undefined) throw new Error(`counter ${name} was not named in the mutation's needs`);
    this.current.counters.set(name, value + 1);
    return value + 1;
  }

  begin(): void {
    this.current = noChanges();
  }

  keep(): void {
    for (const [id, v] of this.current.incidents) this.kept.incidents.set(id, v);
    for (const [id, v] of this.current.units) this.kept.units.set(id, v);
    for (const [name, v] of this.current.counters) this.kept.counters.set(name, v);
    this.current = noChanges();
  }

  drop(): void {
    this.current = noChanges();
  }

  writeScript(): string {
    const out: string[] = [];
    for (const chunk of chunks([...this.kept.incidents.values()])) {
      out.push(`INSERT INTO incidents(id, status, version, updated_ms, data) VALUES ${sqlRows(chunk.map((i) => [i.id, i.status, i.version, Number(i.updated_ms), JSON.stringify(i)]))}
        ON CONFLICT(id) DO UPDATE SET status = excluded.status, version = excluded.version, updated_ms = excluded.updated_ms, data = excluded.data;`);
    }
    for (const chunk of chunks([...this.kept.units.values()])) {
      out.push(`INSERT INTO units(id, version, data) VALUES ${sqlRows(chunk.map((u) => [u.id, u.version, JSON.stringify(u)]))}
        ON CONFLICT(id) DO UPDATE SET version = excluded.version, data = excluded.data;`);
    }
    if (this.kept.counters.size) {
      out.push(`INSERT INTO counters(name, value) VALUES ${sqlRows([...this.kept.counters])} ON CONFLICT(name) DO UPDATE SET value = excluded.value;`);
    }
    return out.join('\n');
  }

  committed(): void {
    for (const [id, inc] of this.kept.incidents) {
      if (ENDED.includes(inc.status)) this.cache.incidents.delete(id);
      else this.cache.incidents.set(id, inc);
    }
    for (const [id, u] of this.kept.units) this.cache.units.set(id, u);
  }
}

function chunks<T>(items: readonly T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Loads, in the batch's one read, the records not in memory and the counters its mutations need. */
function dispatchBatchState(cache: DispatchCache): BatchState<DispatchWorkspace> {
  const split = (needs: ReadonlySet<string>) => {
    const want = { incident: [] as string[], unit: [] as string[], counter: [] as string[] };
    for (const key of needs) {
      const at = key.indexOf(':');
      const kind = key.slice(0, at) as keyof typeof want;
      const id = key.slice(at + 1);
      if (kind === 'incident' && cache.incidents.has(id)) continue;
      if (kind === 'unit' && cache.units.has(id)) continue;
      want[kind].push(id);
    }
    return want;
  };
  let want = split(new Set());
  const marks = (ids: string[]) => ids.map(() => '?').join(', ');
  return {
    read(needs): BatchRead | undefined {
      want = split(needs);
      const parts: string[] = [];
      const params: unknown[] = [];
      if (want.incident.length) {
        parts.push(`SELECT 'incident', id, NULL, data FROM incidents WHERE id IN (${marks(want.incident)})`);
        params.push(...want.incident);
      }
      if (want.unit.length) {
        parts.push(`SELECT 'unit', id, NULL, data FROM units WHERE id IN (${marks(want.unit)})`);
        params.push(...want.unit);
      }
      if (want.counter.length) {
        parts.push(`SELECT 'counter', name, value, NULL FROM counters WHERE name IN (${marks(want.counter)})`);
        params.push(...want.counter);
      }
      return parts.length ? { sql: parts.join(' UNION ALL '), params } : undefined;
    },
    open(rows: readonly BatchReadRow[]): DispatchWorkspace {
      const loaded = { incidents: new Map<string, StoredIncident | undefined>(), units: new Map<string, StoredUnit | undefined>(), counters: new Map<string, number>() };
      for (const id of want.incident) loaded.incidents.set(id, undefined);
      for (const id of want.unit) loaded.units.set(id, undefined);
      for (const name of want.counter) loaded.counters.set(name, 0);
      for (const r of rows) {
        if (r.k === 'incident') loaded.incidents.set(r.id, JSON.parse(String(r.b)) as StoredIncident);
        else if (r.k === 'unit') loaded.units.set(r.id, JSON.parse(String(r.b)) as StoredUnit);
        else if (r.k === 'counter') loaded.counters.set(r.id, Number(r.a));
      }
      return new DispatchWorkspace(cache, loaded);
    },
  };
}
