import type { Migration } from '../../store/sqlite-db';

export const migration0002: Migration = {
  version: 2,
  name: 'alerts-assets',
  up: `
    CREATE TABLE alerts (
      id TEXT PRIMARY KEY,
      rule_id TEXT NOT NULL,
      asset_id TEXT NOT NULL,
      status TEXT NOT NULL,
      last_seen_ms INTEGER NOT NULL,
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX alerts_group ON alerts(rule_id, asset_id, status);
    CREATE TABLE assets (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      name TEXT NOT NULL,
      criticality INTEGER NOT NULL,
      ward TEXT NOT NULL,
      lat REAL,
      lon REAL
    );
  `,
};
