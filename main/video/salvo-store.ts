// Salvos per operator in their own SQLite file (wall.sqlite in the data dir), so they survive restarts.
import { SqliteDb } from '../../services/store/sqlite-db';
import { fail, ok, type Result } from '../../common/result';
import { MAX_SALVOS, salvoExists, validateSalvo, validateSalvoName, type Salvo, type SalvoLayout } from '../../common/video/salvo';
import { wallMigration0001 } from './migrations/0001-salvos';

interface Row {
  name: string;
  layout: string;
  cameras: string;
  updated_ms: number;
}

export class SalvoStore {
  private constructor(
    private readonly db: SqliteDb,
    private readonly operator: string,
  ) {}

  static async open(file: string, operator: string): Promise<SalvoStore> {
    const db = await SqliteDb.open(file);
    await db.migrate([wallMigration0001]);
    return new SalvoStore(db, operator);
  }

  async list(): Promise<Salvo[]> {
    const rows = await this.db.all<Row>('SELECT name, layout, cameras, updated_ms FROM salvos WHERE operator = ? ORDER BY name COLLATE NOCASE', [this.operator]);
    return rows.map((r) => ({ name: r.name, layout: r.layout as SalvoLayout, cameras: JSON.parse(r.cameras) as (string | null)[], updatedMs: r.updated_ms }));
  }

  /** Creates a salvo, or replaces one of that name when overwrite is set; the list after it. */
  async save(args: unknown, nowMs = Date.now()): Promise<Result<Salvo[]>> {
    const v = validateSalvo(args);
    if (!v.ok) return v;
    const s = v.value;
    const outcome = await this.db.transaction(async (tx) => {
      const held = await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM salvos WHERE operator = ?', [this.operator]);
      const exists = await tx.get('SELECT 1 FROM salvos WHERE operator = ? AND name = ?', [this.operator, s.name]);
      if (exists && !s.overwrite) return 'exists' as const;
      if (!exists && (held?.n ?? 0) >= MAX_SALVOS) return 'full' as const;
      await tx.run(
        'INSERT INTO salvos (operator, name, layout, cameras, updated_ms) VALUES (?, ?, ?, ?, ?) ON CONFLICT (operator, name) DO UPDATE SET layout = excluded.layout, cameras = excluded.cameras, updated_ms = excluded.updated_ms',
        [this.operator, s.name, s.layout, JSON.stringify(s.cameras), nowMs],
      );
      return 'saved' as const;
    });
    if (outcome === 'exists') return salvoExists(s.name);
    if (outcome === 'full') return fail({ code: 'INVALID_ARGUMENT', field: 'name', message: `an operator keeps at most ${MAX_SALVOS} salvos; delete one first`, key: 'salvo.error.full', params: { max: MAX_SALVOS } });
    return ok(await this.list());
  }

  async delete(args: unknown): Promise<Result<Salvo[]>> {
    const name = validateSalvoName(args);
    if (!name.ok) return name;
    const r = await this.db.run('DELETE FROM salvos WHERE operator = ? AND name = ?', [this.operator, name.value]);
    if (r.changes === 0) return fail({ code: 'NOT_FOUND', field: 'name', message: `there is no salvo named "${name.value}"`, key: 'salvo.error.missing', params: { name: name.value } });
    return ok(await this.list());
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
