import type { Camera } from '../../proto/gen/watchfloor/inference/v1/Camera';
import { EventLog } from '../store/event-log';
import { SqliteDb, type SqlRunner } from '../store/sqlite-db';
import { INFERENCE_MIGRATIONS } from './migrations';
import { SENSOR_MIGRATIONS } from './sensors/sensor-store';

export type StoredCamera = Required<Omit<Camera, 'location'>> & { location: { lat: number; lon: number } };

export class InferenceStore {
  private constructor(
    readonly db: SqliteDb,
    readonly log: EventLog,
  ) {}

  static async open(file: string): Promise<InferenceStore> {
    const db = await SqliteDb.open(file);
    await db.migrate(INFERENCE_MIGRATIONS);
    await db.migrate(SENSOR_MIGRATIONS);
    return new InferenceStore(db, new EventLog(db));
  }

  async getCamera(tx: SqlRunner, id: string): Promise<StoredCamera | undefined> {
    const row = await tx.get<{ data: string }>('SELECT data FROM cameras WHERE id = ?', [id]);
    return row ? (JSON.parse(row.data) as StoredCamera) : undefined;
  }

  async putCamera(tx: SqlRunner, c: StoredCamera): Promise<void> {
    await tx.run(
      'INSERT INTO cameras(id, status, version, data) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET status = excluded.status, version = excluded.version, data = excluded.data',
      [c.id, c.status, c.version, JSON.stringify(c)],
    );
  }

  async snapshotCameras(): Promise<{ cameras: StoredCamera[]; lastSeq: number }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.all<{ data: string }>('SELECT data FROM cameras ORDER BY id');
      const seq = await tx.get<{ s: number | null }>('SELECT MAX(seq) AS s FROM events');
      return { cameras: rows.map((r) => JSON.parse(r.data) as StoredCamera), lastSeq: seq?.s ?? 0 };
    });
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
