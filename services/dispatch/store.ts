import type { Incident } from '../../proto/gen/watchfloor/dispatch/v1/Incident';
import type { Unit } from '../../proto/gen/watchfloor/dispatch/v1/Unit';
import { EventLog } from '../store/event-log';
import { SqliteDb, type SqlRunner } from '../store/sqlite-db';
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
  private constructor(
    readonly db: SqliteDb,
    readonly log: EventLog,
  ) {}

  static async open(file: string): Promise<DispatchStore> {
    const db = await SqliteDb.open(file);
    await db.migrate(DISPATCH_MIGRATIONS);
    return new DispatchStore(db, new EventLog(db));
  }

  async getIncident(tx: SqlRunner, id: string): Promise<StoredIncident | undefined> {
    const row = await tx.get<{ data: string }>('SELECT data FROM incidents WHERE id = ?', [id]);
    return row ? (JSON.parse(row.data) as StoredIncident) : undefined;
  }

  async putIncident(tx: SqlRunner, inc: StoredIncident): Promise<void> {
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

  close(): Promise<void> {
    return this.db.close();
  }
}
