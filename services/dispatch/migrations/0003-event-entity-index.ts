import type { Migration } from '../../store/sqlite-db';

/** The incident timeline reads one entity's events; without this it scans the whole log. */
export const migration0003: Migration = {
  version: 3,
  name: 'event-entity-index',
  up: `CREATE INDEX events_entity ON events(kind, entity_id, seq);`,
};
