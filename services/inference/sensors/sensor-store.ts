import type { Migration, SqliteDb, SqlRunner } from '../../store/sqlite-db';
import type { StoredSensor, SensorPointWire } from './sensor-records';

/** Sensor tables (versions from 101 so they never collide with the camera registry's migrations). */
export const SENSOR_MIGRATIONS: Migration[] = [
  {
    version: 101,
    name: 'sensors',
    up: `
      CREATE TABLE sensors (id TEXT PRIMARY KEY, kind TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL);
      CREATE TABLE sensor_readings (
        sensor_id TEXT NOT NULL,
        time_ms INTEGER NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (sensor_id, time_ms)
      ) WITHOUT ROWID;
      CREATE INDEX sensor_readings_time ON sensor_readings(time_ms);
      CREATE TABLE corridors (id TEXT PRIMARY KEY, data TEXT NOT NULL);
      CREATE TABLE corridor_counts (
        corridor_id TEXT NOT NULL,
        bucket_ms INTEGER NOT NULL,
        frames INTEGER NOT NULL,
        vehicles REAL NOT NULL,
        PRIMARY KEY (corridor_id, bucket_ms)
      ) WITHOUT ROWID;
    `,
  },
];

export interface CorridorDef {
  id: string;
  name: string;
  camera_ids: string[];
  /** Vehicles per camera frame when the corridor is jammed. */
  jam_vehicles: number;
}

/** Rows per INSERT (3 parameters each; SQLite allows 32,766 parameters per statement). */
const INSERT_CHUNK = 2000;

/** Sensor registry, readings (time series with retention) and corridor count buckets in the inference engine's SQLite file. */
export class SensorStore {
  constructor(readonly db: SqliteDb) {}

  async migrate(): Promise<void> {
    await this.db.migrate(SENSOR_MIGRATIONS);
  }

  async getSensor(tx: SqlRunner, id: string): Promise<StoredSensor | undefined> {
    const row = await tx.get<{ data: string }>('SELECT data FROM sensors WHERE id = ?', [id]);
    return row ? (JSON.parse(row.data) as StoredSensor) : undefined;
  }

  async putSensor(tx: SqlRunner, s: StoredSensor): Promise<void> {
    await tx.run(
      'INSERT INTO sensors(id, kind, version, data) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, data = excluded.data',
      [s.id, s.kind, s.version, JSON.stringify(s)],
    );
  }

  async allSensors(tx: SqlRunner = this.db): Promise<StoredSensor[]> {
    return (await tx.all<{ data: string }>('SELECT data FROM sensors ORDER BY id')).map((r) => JSON.parse(r.data) as StoredSensor);
  }

  /** Inserts readings; one already stored for the same sensor and time is kept. Returns how many were new. */
  async insertReadings(tx: SqlRunner, rows: readonly { sensorId: string; t: number; v: number }[]): Promise<number> {
    let inserted = 0;
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      const r = await tx.run(
        `INSERT OR IGNORE INTO sensor_readings(sensor_id, time_ms, value) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`,
        chunk.flatMap((x) => [x.sensorId, x.t, x.v]),
      );
      inserted += r.changes;
    }
    return inserted;
  }

  async series(sensorId: string, fromMs: number, toMs: number, tx: SqlRunner = this.db): Promise<SensorPointWire[]> {
    const rows = await tx.all<{ time_ms: number; value: number }>(
      'SELECT time_ms, value FROM sensor_readings WHERE sensor_id = ? AND time_ms >= ? AND time_ms <= ? ORDER BY time_ms',
      [sensorId, fromMs, toMs],
    );
    return rows.map((r) => ({ time_ms: r.time_ms, value: r.value }));
  }

  async readingCount(sensorId: string): Promise<number> {
    return (await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM sensor_readings WHERE sensor_id = ?', [sensorId]))?.n ?? 0;
  }

  /** Drops readings and count buckets older than the retention horizon. */
  async prune(beforeMs: number): Promise<number> {
    const r = await this.db.run('DELETE FROM sensor_readings WHERE time_ms < ?', [beforeMs]);
    await this.db.run('DELETE FROM corridor_counts WHERE bucket_ms < ?', [beforeMs]);
    return r.changes;
  }

  async putCorridor(tx: SqlRunner, c: CorridorDef): Promise<boolean> {
    const r = await tx.run('INSERT OR IGNORE INTO corridors(id, data) VALUES (?, ?)', [c.id, JSON.stringify(c)]);
    return r.changes > 0;
  }

  async corridors(): Promise<CorridorDef[]> {
    return (await this.db.all<{ data: string }>('SELECT data FROM corridors ORDER BY id')).map((r) => JSON.parse(r.data) as CorridorDef);
  }

  async putCorridorBucket(corridorId: string, bucketMs: number, frames: number, vehicles: number): Promise<void> {
    await this.db.run(
      'INSERT INTO corridor_counts(corridor_id, bucket_ms, frames, vehicles) VALUES (?, ?, ?, ?) ON CONFLICT(corridor_id, bucket_ms) DO UPDATE SET frames = excluded.frames, vehicles = excluded.vehicles',
      [corridorId, bucketMs, frames, vehicles],
    );
  }

  async corridorBuckets(corridorId: string, fromMs: number): Promise<{ bucket_ms: number; frames: number; vehicles: number }[]> {
    return this.db.all('SELECT bucket_ms, frames, vehicles FROM corridor_counts WHERE corridor_id = ? AND bucket_ms >= ? ORDER BY bucket_ms', [corridorId, fromMs]);
  }
}
