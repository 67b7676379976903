import type { Migration } from '../../store/sqlite-db';

export const migration0002: Migration = {
  version: 2,
  name: 'incidents-units',
  up: `
    CREATE TABLE incidents (
      id TEXT PRIMARY KEY,
      status TEXT NOT NULL,
      version INTEGER NOT NULL,
      updated_ms INTEGER NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX incidents_status ON incidents(status);
    CREATE TABLE units (
      id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );
  `,
};
