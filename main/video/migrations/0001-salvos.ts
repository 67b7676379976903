import type { Migration } from '../../../services/store/sqlite-db';

/** Wall salvos: saved camera sets per layout, per operator. */
export const wallMigration0001: Migration = {
  version: 1,
  name: 'salvos',
  up: `
    CREATE TABLE salvos (
      operator TEXT NOT NULL,
      name TEXT NOT NULL,
      layout TEXT NOT NULL,
      cameras TEXT NOT NULL,
      updated_ms INTEGER NOT NULL,
      PRIMARY KEY (operator, name)
    );
  `,
};
