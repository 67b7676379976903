import sqlite3 from 'sqlite3';

export type SqlParams = readonly unknown[] | Record<string, unknown>;

export interface Migration {
  version: number;
  name: string;
  up: string;
}

export interface RunResult {
  lastID: number;
  changes: number;
}

/** The statements a transaction body may use (same connection, lock already held). */
export interface SqlRunner {
  run(sql: string, params?: SqlParams): Promise<RunResult>;
  get<T>(sql: string, params?: SqlParams): Promise<T | undefined>;
  all<T>(sql: string, params?: SqlParams): Promise<T[]>;
  /**
   * Inside a transaction: runs fn right after COMMIT, still holding the connection, so that what
   * it does (publishing events) happens in commit order. Absent outside transactions.
   */
  onCommit?(fn: () => void): void;
}

/** The connection itself, for a caller that holds the lock (exclusive) and runs its own BEGIN/COMMIT. */
export interface SqlConnection extends SqlRunner {
  exec(sql: string): Promise<void>;
}

/**
 * One SQLite connection (sqlite3, WAL) with a lock so that concurrent callers never interleave
 * inside each other's transactions. Shared by the engines' stores and the console cache.
 */
export class SqliteDb implements SqlRunner {
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: sqlite3.Database,
    readonly file: string,
  ) {}

  static async open(file: string): Promise<SqliteDb> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const d = new sqlite3.Database(file, (err) => (err ? reject(new Error(`cannot open SQLite file ${file}: ${err.message}`)) : resolve(d)));
    });
    const sdb = new SqliteDb(db, file);
    await sdb.raw.exec('PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;');
    return sdb;
  }

  /** Unlocked statements: only for use while the lock is held. */
  private readonly raw = {
    exec: (sql: string) => new Promise<void>((res, rej) => this.db.exec(sql, (e) => (e ? rej(e) : res()))),
    run: (sql: string, params: SqlParams = []) =>
      new Promise<RunResult>((res, rej) =>
        this.db.run(sql, params, function (this: sqlite3.RunResult, e: Error | null) {
          if (e) rej(e);
          else res({ lastID: this.lastID, changes: this.changes });
        }),
      ),
    get: <T>(sql: string, params: SqlParams = []) =>
      new Promise<T | undefined>((res, rej) => this.db.get(sql, params, (e, row) => (e ? rej(e) : res(row as T | undefined)))),
    all: <T>(sql: string, params: SqlParams = []) =>
      new Promise<T[]>((res, rej) => this.db.all(sql, params, (e, rows) => (e ? rej(e) : res(rows as T[])))),
  };

  private locked<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }

  run(sql: string, params?: SqlParams): Promise<RunResult> {
    return this.locked(() => this.raw.run(sql, params));
  }

  get<T>(sql: string, params?: SqlParams): Promise<T | undefined> {
    return this.locked(() => this.raw.get<T>(sql, params));
  }

  all<T>(sql: string, params?: SqlParams): Promise<T[]> {
    return this.locked(() => this.raw.all<T>(sql, params));
  }

  /** Runs body in BEGIN IMMEDIATE … COMMIT; rolls back and rethrows on any error. */
  transaction<T>(body: (tx: SqlRunner) => Promise<T>): Promise<T> {
    return this.locked(async () => {
      const afterCommit: (() => void)[] = [];
      let out: T;
      await this.raw.exec('BEGIN IMMEDIATE');
      try {
        out = await body({ run: this.raw.run, get: this.raw.get, all: this.raw.all, onCommit: (fn) => afterCommit.push(fn) });
        await this.raw.exec('COMMIT');
      } catch (err) {
        await this.raw.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
      for (const fn of afterCommit) fn();
      return out;
    });
  }

  /** Runs fn alone on the connection (after every caller before it); fn manages its own transaction. */
  exclusive<T>(fn: (conn: SqlConnection) => Promise<T>): Promise<T> {
    return this.locked(() => fn(this.raw));
  }

  /** Applies the numbered migrations not yet applied, each in its own transaction. */
  async migrate(migrations: readonly Migration[]): Promise<number[]> {
    await this.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_ms INTEGER NOT NULL)');
    const done = new Set((await this.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await this.locked(async () => {
        await this.raw.exec('BEGIN IMMEDIATE');
        try {
          await this.raw.exec(m.up);
          await this.raw.run('INSERT INTO schema_migrations(version, name, applied_ms) VALUES (?, ?, ?)', [m.version, m.name, Date.now()]);
          await this.raw.exec('COMMIT');
        } catch (err) {
          await this.raw.exec('ROLLBACK').catch(() => undefined);
          throw new Error(`migration ${m.version}-${m.name} failed on ${this.file}: ${(err as Error).message}`);
        }
      });
      applied.push(m.version);
    }
    return applied;
  }

  close(): Promise<void> {
    return this.locked(() => new Promise<void>((res, rej) => this.db.close((e) => (e ? rej(e) : res()))));
  }
}

/**
 * A value as an SQL literal, for multi-statement scripts run with exec (which takes no
 * parameters): strings quoted with ' doubled, finite numbers as written, null as NULL.
 */
export function sqlLiteral(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot store the number ${value} in SQLite`);
    return String(value);
  }
  return `'${value.replace(/'/g, "''")}'`;
}

/** "(a, b), (c, d)" as literals: the VALUES of a multi-row INSERT in an exec script. */
export function sqlRows(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((r) => `(${r.map(sqlLiteral).join(', ')})`).join(', ');
}
