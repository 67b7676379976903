import type { Migration } from '../../../services/store/sqlite-db';

/** Imported map layers (wards, roads, points of interest): one row per feature, one per layer. */
export const migration0002: Migration = {
  version: 2,
  name: 'geodata',
  up: `
    CREATE TABLE geo_layers (
      layer TEXT PRIMARY KEY,
      file_name TEXT NOT NULL,
      name_field TEXT,
      feature_count INTEGER NOT NULL,
      imported_ms INTEGER NOT NULL
    );
    CREATE TABLE geo_features (
      layer TEXT NOT NULL,
      idx INTEGER NOT NULL,
      ref TEXT NOT NULL,
      name TEXT,
      properties TEXT NOT NULL,
      geometry TEXT NOT NULL,
      PRIMARY KEY (layer, idx)
    );
  `,
};
