import type { Migration } from '../../store/sqlite-db';

/** The events behind each alert (bounded per alert), suppressions, and cases. */
export const migration0004: Migration = {
  version: 4,
  name: 'triage-cases',
  up: `
    CREATE TABLE alert_events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      alert_id TEXT NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX alert_events_alert ON alert_events(alert_id, id);
    CREATE TABLE suppressions (
      id TEXT PRIMARY KEY,
      expires_ms INTEGER NOT NULL,
      hits INTEGER NOT NULL DEFAULT 0,
      data TEXT NOT NULL
    );
    CREATE TABLE cases (
      id TEXT PRIMARY KEY,
      updated_ms INTEGER NOT NULL,
      data TEXT NOT NULL
    );
  `,
};
