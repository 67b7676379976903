import type { Migration } from '../../../services/store/sqlite-db';

/** Sensors and forecasts mirrored from the inference engine (version 10: room for others' migrations before it). */
export const migration0010: Migration = {
  version: 10,
  name: 'sensors',
  up: `
    CREATE TABLE sensors (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);
    CREATE TABLE flood_risks (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);
    CREATE TABLE corridors (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);
  `,
};
