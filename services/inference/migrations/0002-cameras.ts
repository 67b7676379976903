import type { Migration } from '../../store/sqlite-db';

export const migration0002: Migration = {
  version: 2,
  name: 'cameras',
  up: `
    CREATE TABLE cameras (
      id TEXT PRIMARY KEY,
      status TEXT NOT NULL,
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );
  `,
};
