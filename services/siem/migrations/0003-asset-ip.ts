import type { Migration } from '../../store/sqlite-db';

/** Assets get their network address so log lines that name only an IP resolve to them. */
export const migration0003: Migration = {
  version: 3,
  name: 'asset-ip',
  up: `
    ALTER TABLE assets ADD COLUMN ip TEXT NOT NULL DEFAULT '';
    CREATE INDEX assets_ip ON assets(ip);
  `,
};
