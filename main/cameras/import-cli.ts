// `npm run import -- --layer cameras FILE (--inference HOST:PORT | --data DIR) [--wards FILE]`:
// a camera file into the inference engine's registry, with progress and every row error printed.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatFromFileName } from '../../common/domain/camera-registry';
import { createLogger } from '../../common/log';
import { inferenceClient, isServiceError } from '../../proto/clients';
import type { ImportCamerasResponse } from '../../proto/gen/watchfloor/inference/v1/ImportCamerasResponse';
import { RegistryService } from '../../services/inference/registry/registry-service';
import { loadWardPolygons } from '../../services/inference/registry/ward-file';
import { WardLocator } from '../../services/inference/registry/ward-locator';
import { InferenceStore } from '../../services/inference/store';
import { loadDemoData } from '../../services/demo/demo-data';
import { IMPORT_DEADLINE_MS } from './camera-registry-bridge';
import { importCamerasOverGrpc } from './import-stream';

export interface CameraCliOptions {
  file: string;
  /** A running inference engine (the console's or a remote one). */
  inference?: string;
  /** Or a data directory whose engine is stopped: DIR/engines/inference.sqlite is written directly. */
  dataDir?: string;
  wardsFile?: string;
  out: (line: string) => void;
  progress: (line: string) => void;
}

export async function runCameraImport(o: CameraCliOptions): Promise<number> {
  const format = formatFromFileName(o.file);
  if (!format) throw new Error(`${o.file}: a camera file ends in .csv, .geojson or .json`);
  const data = fs.readFileSync(o.file);
  const fileName = path.basename(o.file);
  const requestId = randomUUID();
  let res: ImportCamerasResponse;
  const started = Date.now();
  if (o.inference) {
    const client = inferenceClient(o.inference);
    try {
      res = await importCamerasOverGrpc(client, { requestId, format, fileName, data }, IMPORT_DEADLINE_MS, (done, total) => o.progress(`sending ${done}/${total} MiB to ${o.inference}`));
    } catch (err) {
      throw new Error(isServiceError(err) ? `the engine at ${o.inference} refused the import: ${err.details}` : String(err));
    } finally {
      client.close();
    }
  } else {
    const file = path.join(o.dataDir!, 'engines', 'inference.sqlite');
    if (!fs.existsSync(file)) throw new Error(`${file} does not exist: start the console once with --data ${o.dataDir}, or give --inference HOST:PORT`);
    o.progress(`writing into ${file}`);
    const store = await InferenceStore.open(file);
    try {
      const wards = o.wardsFile ? loadWardPolygons(o.wardsFile) : WardLocator.fromCentres(loadDemoData().wards);
      res = await new RegistryService(store, store.registry, wards, createLogger('import', () => undefined)).importFile({ requestId, format, fileName }, data.toString('utf8'));
    } finally {
      await store.close();
    }
  }
  if (res.state === 'imported') {
    o.out(`imported ${res.rows} cameras from ${fileName}: ${res.created} new, ${res.updated} updated (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  }
  o.out(`rejected ${fileName}: ${res.error_count} problem(s) in ${res.rows} rows; no row was written`);
  for (const e of res.errors ?? []) {
    const where = e.index! < 0 ? 'file' : e.line ? `line ${e.line} (row ${e.index})` : `feature ${e.index}`;
    o.out(`  ${where}: ${e.field} ${JSON.stringify(e.value)}: ${e.message}`);
  }
  if (res.error_count! > (res.errors?.length ?? 0)) o.out(`  … and ${res.error_count! - res.errors!.length} more`);
  return 1;
}
