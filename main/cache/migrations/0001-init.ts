import type { Migration } from '../../../services/store/sqlite-db';

export const migration0001: Migration = {
  version: 1,
  name: 'init',
  up: `
    CREATE TABLE incidents (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);
    CREATE TABLE units (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);
    CREATE TABLE alerts (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);
    CREATE TABLE cameras (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);
    CREATE TABLE cursors (engine TEXT PRIMARY KEY, last_seq INTEGER NOT NULL, last_event_ms INTEGER, updated_ms INTEGER NOT NULL);
    CREATE TABLE outbox (
      position INTEGER PRIMARY KEY AUTOINCREMENT,
      command_id TEXT NOT NULL UNIQUE,
      engine TEXT NOT NULL,
      kind TEXT NOT NULL,
      args TEXT NOT NULL,
      summary TEXT NOT NULL,
      state TEXT NOT NULL,
      created_ms INTEGER NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      error TEXT,
      current TEXT
    );
  `,
};
