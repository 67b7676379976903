// One GeoJSON import: parse, validate every feature, then write the layer atomically.
import { MAX_IMPORT_CHARS, type GeoImportProgress, type GeoImportReceipt, type GeoLayerId } from '../../common/geodata/geo-layers';
import type { SqliteDb } from '../../services/store/sqlite-db';
import { replaceLayer } from './geo-store';
import { validateFeatureCollection } from './validate-geojson';

export interface GeoImportRequest {
  layer: GeoLayerId;
  fileName: string;
  text: string;
}

export type ProgressSink = (p: Omit<GeoImportProgress, 'uploadId' | 'layer' | 'fileName'>) => void;

export async function importGeoJsonText(db: SqliteDb, req: GeoImportRequest, onProgress: ProgressSink = () => undefined): Promise<GeoImportReceipt> {
  const { layer, fileName } = req;
  const rejected = (errors: { index: number | null; reason: 'json' | 'empty'; message: string }[]): GeoImportReceipt => {
    onProgress({ phase: 'failed', done: 0, total: 0 });
    return { state: 'rejected', layer, fileName, errorCount: errors.length, errors };
  };
  if (req.text.length > MAX_IMPORT_CHARS) {
    return rejected([{ index: null, reason: 'json', message: `${fileName} has ${req.text.length} characters; one import takes at most ${MAX_IMPORT_CHARS}` }]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.text);
  } catch (err) {
    return rejected([{ index: null, reason: 'json', message: `${fileName} is not valid JSON: ${(err as Error).message}` }]);
  }
  const result = validateFeatureCollection(parsed, layer, (done, total) => onProgress({ phase: 'validating', done, total }));
  if (result.issueCount) {
    onProgress({ phase: 'failed', done: 0, total: 0 });
    return { state: 'rejected', layer, fileName, errorCount: result.issueCount, errors: result.issues };
  }
  const total = result.features.length;
  await replaceLayer(db, layer, fileName, result.nameField, result.features, (done) => onProgress({ phase: 'writing', done, total }));
  onProgress({ phase: 'done', done: total, total });
  return { state: 'imported', layer, fileName, count: total, nameField: result.nameField };
}
