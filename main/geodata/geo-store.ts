// Imported layers in the console cache: a layer is replaced as a whole, in one transaction, or not at all.
import { isGeoLayerId, type GeoLayerId, type ImportedLayerInfo } from '../../common/geodata/geo-layers';
import type { SqliteDb } from '../../services/store/sqlite-db';
import type { ValidFeature } from './validate-geojson';

export interface StoredLayer {
  info: ImportedLayerInfo & { nameField: string | null };
  features: { type: 'Feature'; id: number; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
}

/** Replaces every feature of `layer`; a failure anywhere rolls the whole layer back to what it was. */
export async function replaceLayer(
  db: SqliteDb,
  layer: GeoLayerId,
  fileName: string,
  nameField: string | null,
  features: readonly ValidFeature[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.run('DELETE FROM geo_features WHERE layer = ?', [layer]);
    await tx.run('DELETE FROM geo_layers WHERE layer = ?', [layer]);
    for (let i = 0; i < features.length; i++) {
      const f = features[i];
      await tx.run('INSERT INTO geo_features(layer, idx, ref, name, properties, geometry) VALUES (?, ?, ?, ?, ?, ?)', [
        layer,
        f.index,
        f.ref,
        f.name,
        JSON.stringify(f.properties),
        JSON.stringify(f.geometry),
      ]);
      if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1, features.length);
    }
    await tx.run('INSERT INTO geo_layers(layer, file_name, name_field, feature_count, imported_ms) VALUES (?, ?, ?, ?, ?)', [
      layer,
      fileName,
      nameField,
      features.length,
      Date.now(),
    ]);
  });
  onProgress?.(features.length, features.length);
}

/** Every imported layer with its features as GeoJSON (numeric ids; the file's id is properties.ref). */
export async function loadLayers(db: SqliteDb): Promise<Map<GeoLayerId, StoredLayer>> {
  const out = new Map<GeoLayerId, StoredLayer>();
  const layers = await db.all<{ layer: string; file_name: string; name_field: string | null; feature_count: number; imported_ms: number }>(
    'SELECT layer, file_name, name_field, feature_count, imported_ms FROM geo_layers',
  );
  for (const l of layers) {
    if (!isGeoLayerId(l.layer)) continue;
    const rows = await db.all<{ idx: number; ref: string; name: string | null; properties: string; geometry: string }>(
      'SELECT idx, ref, name, properties, geometry FROM geo_features WHERE layer = ? ORDER BY idx',
      [l.layer],
    );
    out.set(l.layer, {
      info: { layer: l.layer, fileName: l.file_name, count: l.feature_count, importedMs: l.imported_ms, nameField: l.name_field },
      features: rows.map((r) => ({
        type: 'Feature' as const,
        id: r.idx,
        properties: { ...(JSON.parse(r.properties) as Record<string, unknown>), ref: r.ref, name: r.name },
        geometry: JSON.parse(r.geometry) as { type: string; coordinates: unknown },
      })),
    });
  }
  return out;
}
