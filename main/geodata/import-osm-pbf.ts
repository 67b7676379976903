// One OSM PBF import into the roads layer: decode, keep highway=* ways, validate like GeoJSON, write atomically.
import * as zlib from 'node:zlib';
import type { GeoImportReceipt } from '../../common/geodata/geo-layers';
import { OsmPbfError } from '../../common/geodata/osm-pbf';
import { osmRoadsFromPbf } from '../../common/geodata/osm-roads';
import type { SqliteDb } from '../../services/store/sqlite-db';
import { replaceLayer } from './geo-store';
import type { ProgressSink } from './import-geojson';
import { validateFeatureCollection } from './validate-geojson';

export const inflateZlib = (data: Uint8Array) => zlib.inflateSync(data);

export async function importOsmPbfBytes(db: SqliteDb, req: { fileName: string; data: Uint8Array }, onProgress: ProgressSink = () => undefined): Promise<GeoImportReceipt> {
  const layer = 'roads' as const;
  const { fileName } = req;
  let roads;
  try {
    roads = osmRoadsFromPbf(req.data, inflateZlib, (done, total) => onProgress({ phase: 'decoding', done, total }));
  } catch (err) {
    if (!(err instanceof OsmPbfError)) throw err;
    onProgress({ phase: 'failed', done: 0, total: 0 });
    return { state: 'rejected', layer, fileName, errorCount: 1, errors: [{ index: err.blobIndex, reason: 'pbf', message: `${fileName}: ${err.message}; nothing was imported` }] };
  }
  if (roads.collection.features.length === 0) {
    onProgress({ phase: 'failed', done: 0, total: 0 });
    const why = `${fileName} holds ${roads.counts.ways} way(s) but no highway=* way with its nodes; nothing was imported`;
    return { state: 'rejected', layer, fileName, errorCount: 1, errors: [{ index: null, reason: 'empty', message: why }] };
  }
  const result = validateFeatureCollection(roads.collection, layer, (done, total) => onProgress({ phase: 'validating', done, total }));
  if (result.issueCount) {
    onProgress({ phase: 'failed', done: 0, total: 0 });
    const errors = result.issues.map((i) => {
      const wayId = i.index === null ? null : roads.collection.features[i.index]?.properties.osm_id;
      return wayId === undefined || wayId === null ? i : { ...i, message: `way ${wayId} (${i.message})` };
    });
    return { state: 'rejected', layer, fileName, errorCount: result.issueCount, errors };
  }
  const total = result.features.length;
  await replaceLayer(db, layer, fileName, result.nameField, result.features, (done) => onProgress({ phase: 'writing', done, total }));
  onProgress({ phase: 'done', done: total, total });
  return { state: 'imported', layer, fileName, count: total, nameField: result.nameField, skipped: roads.incompleteWays.length };
}
