import type { Camera } from '../../proto/gen/watchfloor/inference/v1/Camera';
import { EventLog } from '../store/event-log';
import { SqliteDb, type SqlRunner } from '../store/sqlite-db';
import { INFERENCE_MIGRATIONS } from './migrations';
import { SENSOR_MIGRATIONS } from './sensors/sensor-store';
import { registryColumns } from './registry/registry-columns';
import { CameraRegistry } from './registry/camera-registry';

type RegistryOnlyFields = 'kind' | 'tags' | 'sub_stream_url' | 'last_seen_ms';
/** The registry fields are optional: records written before the registry existed lack them. */
export type StoredCamera = Required<Omit<Camera, 'location' | RegistryOnlyFields>> & { location: { lat: number; lon: number } } & Pick<Camera, RegistryOnlyFields>;

export class InferenceStore {
  readonly registry: CameraRegistry;

  private constructor(
    readonly db: SqliteDb,
    readonly log: EventLog,
    /** A second connection for registry reads: in WAL mode they do not wait for a long import. */
    private readonly reader: SqliteDb,
  ) {
    this.registry = new CameraRegistry(db, reader);
  }

  static async open(file: string): Promise<InferenceStore> {
    const db = await SqliteDb.open(file);
    await db.migrate(INFERENCE_MIGRATIONS);
    await db.migrate(SENSOR_MIGRATIONS);
    const store = new InferenceStore(db, new EventLog(db), await SqliteDb.open(file));
    await store.registry.backfillSearchText();
    return store;
  }

  async getCamera(tx: SqlRunner, id: string): Promise<StoredCamera | undefined> {
    const row = await tx.get<{ data: string }>('SELECT data FROM cameras WHERE id = ?', [id]);
    return row ? (JSON.parse(row.data) as StoredCamera) : undefined;
  }

  async putCamera(tx: SqlRunner, c: StoredCamera): Promise<void> {
    const r = registryColumns(c);
    await tx.run(
      `INSERT INTO cameras(id, status, version, data, kind, lat, lon, search, last_detection_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET status = excluded.status, version = excluded.version, data = excluded.data, kind = excluded.kind,
         lat = excluded.lat, lon = excluded.lon, search = excluded.search, last_detection_ms = excluded.last_detection_ms`,
      [c.id, c.status, c.version, JSON.stringify(c), r.kind, r.lat, r.lon, r.search, r.lastDetectionMs],
    );
  }

  async snapshotCameras(): Promise<{ cameras: StoredCamera[]; lastSeq: number }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.all<{ data: string }>('SELECT data FROM cameras ORDER BY id');
      const seq = await tx.get<{ s: number | null }>('SELECT MAX(seq) AS s FROM events');
      return { cameras: rows.map((r) => JSON.parse(r.data) as StoredCamera), lastSeq: seq?.s ?? 0 };
    });
  }

  async close(): Promise<void> {
    await this.reader.close();
    await this.db.close();
  }
}
