import type { Alert } from '../../proto/gen/watchfloor/siem/v1/Alert';
import { EventLog } from '../store/event-log';
import { SqliteDb, type SqlRunner } from '../store/sqlite-db';
import type { Asset } from './detection';
import type { NormalEvent } from './ingest/event';
import { SIEM_MIGRATIONS } from './migrations';

/** Events kept per alert (the newest); the raw line is cut at RAW_KEPT characters. */
export const EVENTS_PER_ALERT = 20;
const RAW_KEPT = 8192;

export type StoredAlert = Required<Omit<Alert, 'location'>> & { location: { lat: number; lon: number } | null };

export class SiemStore {
  private constructor(
    readonly db: SqliteDb,
    readonly log: EventLog,
  ) {}

  static async open(file: string): Promise<SiemStore> {
    const db = await SqliteDb.open(file);
    await db.migrate(SIEM_MIGRATIONS);
    return new SiemStore(db, new EventLog(db));
  }

  async getAlert(tx: SqlRunner, id: string): Promise<StoredAlert | undefined> {
    const row = await tx.get<{ data: string }>('SELECT data FROM alerts WHERE id = ?', [id]);
    return row ? (JSON.parse(row.data) as StoredAlert) : undefined;
  }

  /** The open alert this rule and asset would group into, if it was seen within the window. */
  async findGroup(tx: SqlRunner, ruleId: string, assetId: string, sinceMs: number): Promise<StoredAlert | undefined> {
    const row = await tx.get<{ data: string }>(
      "SELECT data FROM alerts WHERE rule_id = ? AND asset_id = ? AND status != 'closed' AND last_seen_ms >= ? ORDER BY last_seen_ms DESC LIMIT 1",
      [ruleId, assetId, sinceMs],
    );
    return row ? (JSON.parse(row.data) as StoredAlert) : undefined;
  }

  async putAlert(tx: SqlRunner, a: StoredAlert): Promise<void> {
    await tx.run(
      `INSERT INTO alerts(id, rule_id, asset_id, status, last_seen_ms, version, data) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET status = excluded.status, last_seen_ms = excluded.last_seen_ms, version = excluded.version, data = excluded.data`,
      [a.id, a.rule_id, a.asset_id, a.status, a.last_seen_ms, a.version, JSON.stringify(a)],
    );
  }

  async addAlertEvent(tx: SqlRunner, alertId: string, event: NormalEvent): Promise<void> {
    const kept = event.raw.length > RAW_KEPT ? { ...event, raw: event.raw.slice(0, RAW_KEPT) } : event;
    await tx.run('INSERT INTO alert_events(alert_id, data) VALUES (?, ?)', [alertId, JSON.stringify(kept)]);
    await tx.run(
      'DELETE FROM alert_events WHERE alert_id = ? AND id <= (SELECT id FROM alert_events WHERE alert_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)',
      [alertId, alertId, EVENTS_PER_ALERT],
    );
  }

  /** The events behind an alert, oldest first. */
  async alertEvents(alertIds: readonly string[], runner: SqlRunner = this.db): Promise<{ alertId: string; event: NormalEvent }[]> {
    if (alertIds.length === 0) return [];
    const rows = await runner.all<{ alert_id: string; data: string }>(
      `SELECT alert_id, data FROM alert_events WHERE alert_id IN (${alertIds.map(() => '?').join(', ')}) ORDER BY id`,
      alertIds,
    );
    return rows.map((r) => ({ alertId: r.alert_id, event: JSON.parse(r.data) as NormalEvent }));
  }

  async snapshotAlerts(includeClosed: boolean): Promise<{ alerts: StoredAlert[]; lastSeq: number }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.all<{ data: string }>(
        includeClosed ? 'SELECT data FROM alerts ORDER BY id' : "SELECT data FROM alerts WHERE status != 'closed' ORDER BY id",
      );
      const seq = await tx.get<{ s: number | null }>('SELECT MAX(seq) AS s FROM events');
      return { alerts: rows.map((r) => JSON.parse(r.data) as StoredAlert), lastSeq: seq?.s ?? 0 };
    });
  }

  /** Alerts seen since sinceMs (every alert created since then is among them). */
  async alertsSeenSince(sinceMs: number): Promise<StoredAlert[]> {
    const rows = await this.db.all<{ data: string }>('SELECT data FROM alerts WHERE last_seen_ms >= ?', [sinceMs]);
    return rows.map((r) => JSON.parse(r.data) as StoredAlert);
  }

  async openBySeverity(): Promise<Map<string, number>> {
    const rows = await this.db.all<{ severity: string; n: number }>(
      "SELECT json_extract(data, '$.severity') AS severity, COUNT(*) AS n FROM alerts WHERE status != 'closed' GROUP BY severity",
    );
    return new Map(rows.map((r) => [r.severity, r.n]));
  }

  async loadAssets(): Promise<Map<string, Asset>> {
    const rows = await this.db.all<Asset>('SELECT id, kind, name, criticality, ward, lat, lon, ip FROM assets');
    return new Map(rows.map((a) => [a.id, a]));
  }

  async upsertAssets(assets: readonly Asset[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const a of assets) {
        await tx.run(
          `INSERT INTO assets(id, kind, name, criticality, ward, lat, lon, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, criticality = excluded.criticality, ward = excluded.ward, lat = excluded.lat, lon = excluded.lon, ip = excluded.ip`,
          [a.id, a.kind, a.name, a.criticality, a.ward, a.lat, a.lon, a.ip ?? ''],
        );
      }
    });
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
