import type { Alert } from '../../proto/gen/watchfloor/siem/v1/Alert';
import { EventLog } from '../store/event-log';
import { SqliteDb, type SqlRunner } from '../store/sqlite-db';
import type { Asset } from './detection';
import { SIEM_MIGRATIONS } from './migrations';

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

  async snapshotAlerts(includeClosed: boolean): Promise<{ alerts: StoredAlert[]; lastSeq: number }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.all<{ data: string }>(
        includeClosed ? 'SELECT data FROM alerts ORDER BY id' : "SELECT data FROM alerts WHERE status != 'closed' ORDER BY id",
      );
      const seq = await tx.get<{ s: number | null }>('SELECT MAX(seq) AS s FROM events');
      return { alerts: rows.map((r) => JSON.parse(r.data) as StoredAlert), lastSeq: seq?.s ?? 0 };
    });
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
