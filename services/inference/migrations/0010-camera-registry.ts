import type { Migration } from '../../store/sqlite-db';

// Numbered 10 so that other inference migrations written at the same time (3, 4, …) do not collide.
// The registry keeps one row per camera (cameras) and indexes it: an R*Tree on the location, FTS5 on
// the folded search text (id, name, ward, tags), and B-trees for kind, problem status and activity.
// Triggers keep the indexes in step with every write to cameras, whoever makes it.
export const migration0010: Migration = {
  version: 10,
  name: 'camera-registry',
  up: `
    ALTER TABLE cameras ADD COLUMN kind TEXT NOT NULL DEFAULT 'traffic';
    ALTER TABLE cameras ADD COLUMN lat REAL;
    ALTER TABLE cameras ADD COLUMN lon REAL;
    ALTER TABLE cameras ADD COLUMN search TEXT;
    ALTER TABLE cameras ADD COLUMN last_detection_ms INTEGER NOT NULL DEFAULT 0;
    UPDATE cameras SET
      lat = json_extract(data, '$.location.lat'),
      lon = json_extract(data, '$.location.lon'),
      last_detection_ms = coalesce(json_extract(data, '$.last_detection_ms'), 0);
    CREATE INDEX cameras_kind ON cameras(kind, id);
    CREATE INDEX cameras_problem ON cameras(status, id) WHERE status <> 'online';
    CREATE INDEX cameras_activity ON cameras(last_detection_ms) WHERE last_detection_ms > 0;
    CREATE VIRTUAL TABLE camera_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);
    CREATE VIRTUAL TABLE camera_fts USING fts5(search, tokenize = 'unicode61', detail = none, columnsize = 0);
    INSERT INTO camera_rtree(id, min_lat, max_lat, min_lon, max_lon) SELECT rowid, lat, lat, lon, lon FROM cameras WHERE lat IS NOT NULL;
    CREATE TRIGGER cameras_registry_insert AFTER INSERT ON cameras BEGIN
      INSERT INTO camera_fts(rowid, search) SELECT new.rowid, new.search WHERE new.search IS NOT NULL;
      INSERT INTO camera_rtree(id, min_lat, max_lat, min_lon, max_lon) SELECT new.rowid, new.lat, new.lat, new.lon, new.lon WHERE new.lat IS NOT NULL;
    END;
    CREATE TRIGGER cameras_registry_search AFTER UPDATE OF search ON cameras WHEN old.search IS NOT new.search BEGIN
      DELETE FROM camera_fts WHERE rowid = old.rowid;
      INSERT INTO camera_fts(rowid, search) SELECT new.rowid, new.search WHERE new.search IS NOT NULL;
    END;
    CREATE TRIGGER cameras_registry_place AFTER UPDATE OF lat, lon ON cameras WHEN old.lat IS NOT new.lat OR old.lon IS NOT new.lon BEGIN
      DELETE FROM camera_rtree WHERE id = old.rowid;
      INSERT INTO camera_rtree(id, min_lat, max_lat, min_lon, max_lon) SELECT new.rowid, new.lat, new.lat, new.lon, new.lon WHERE new.lat IS NOT NULL;
    END;
    CREATE TRIGGER cameras_registry_delete AFTER DELETE ON cameras BEGIN
      DELETE FROM camera_fts WHERE rowid = old.rowid;
      DELETE FROM camera_rtree WHERE id = old.rowid;
    END;
  `,
};
