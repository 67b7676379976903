// importGeoJson behind the bridge: argument checks, uploads in parts, one import at a time, live push.
import type { ImportGeoJsonArgs, MapContext } from '../../common/bridge/contract';
import { IMPORT_PART_CHARS, isGeoLayerId, GEO_LAYERS, MAX_IMPORT_CHARS, type GeoImportProgress, type GeoImportReceipt } from '../../common/geodata/geo-layers';
import type { Logger } from '../../common/log';
import { fail, invalid, ok, type Result } from '../../common/result';
import type { SqliteDb } from '../../services/store/sqlite-db';
import { loadLayers } from './geo-store';
import { importGeoJsonText, type ProgressSink } from './import-geojson';
import { importOsmPbfBytes } from './import-osm-pbf';
import { withImportedLayers } from './imported-context';

const UPLOAD_TTL_MS = 5 * 60_000;
const MAX_PARTS = Math.ceil(MAX_IMPORT_CHARS / IMPORT_PART_CHARS) + 1;

interface Upload {
  windowId: string;
  layer: ImportGeoJsonArgs['layer'];
  fileName: string;
  parts: string[];
  chars: number;
  touchedMs: number;
}

export interface GeoServiceHooks {
  onContext(context: MapContext): void;
  onProgress(progress: GeoImportProgress): void;
}

export class GeoService {
  private context: MapContext;
  private readonly uploads = new Map<string, Upload>();
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(
    private readonly db: SqliteDb,
    private readonly base: MapContext,
    private readonly operator: string,
    private readonly hooks: GeoServiceHooks,
    private readonly logger: Logger,
  ) {
    this.context = { ...base, operator };
  }

  /** Loads what earlier imports left in the cache. */
  async init(): Promise<MapContext> {
    this.context = withImportedLayers(this.base, await loadLayers(this.db), this.operator);
    return this.context;
  }

  get mapContext(): MapContext {
    return this.context;
  }

  handle = async (windowId: string, raw: unknown): Promise<Result<GeoImportReceipt>> => {
    const args = parseArgs(raw);
    if (!args.ok) return args;
    const { layer, fileName, text, part, format } = args.value;
    let uploadId = part?.uploadId ?? `import-${this.nextId++}`;
    let full = text;
    if (part) {
      this.expireUploads();
      const held = this.uploads.get(part.uploadId);
      if (part.index === 0) this.uploads.set(part.uploadId, { windowId, layer, fileName, parts: [], chars: 0, touchedMs: Date.now() });
      const up = this.uploads.get(part.uploadId);
      if (!up || (part.index > 0 && !held)) return invalid('part.uploadId', `no upload ${JSON.stringify(part.uploadId)} in progress (it may have expired); start again from part 0`);
      if (up.parts.length !== part.index) return invalid('part.index', `expected part ${up.parts.length} of upload ${part.uploadId}, got ${part.index}`);
      if (up.layer !== layer || up.fileName !== fileName || up.windowId !== windowId) {
        return invalid('part.uploadId', `upload ${part.uploadId} is ${up.fileName} for ${up.layer} from another call; parts cannot change file, layer or window`);
      }
      up.chars += text.length;
      if (up.chars > MAX_IMPORT_CHARS) {
        this.uploads.delete(part.uploadId);
        return invalid('text', `${fileName} is larger than the import limit of ${MAX_IMPORT_CHARS / 1024 / 1024} MiB of text; split it or simplify it`, 'geo.tooLarge', { limitMb: MAX_IMPORT_CHARS / 1024 / 1024 });
      }
      up.parts.push(text);
      up.touchedMs = Date.now();
      this.hooks.onProgress({ uploadId, layer, fileName, phase: 'receiving', done: part.index + 1, total: part.count });
      if (part.index + 1 < part.count) return ok({ state: 'partReceived', uploadId, received: part.index + 1, count: part.count });
      this.uploads.delete(part.uploadId);
      full = up.parts.join('');
      uploadId = part.uploadId;
    }
    const run = this.queue.then(() => this.runImport(uploadId, { layer, fileName, text: full, format }));
    this.queue = run.catch(() => undefined);
    return run;
  };

  private async runImport(uploadId: string, req: { layer: ImportGeoJsonArgs['layer']; fileName: string; text: string; format?: ImportGeoJsonArgs['format'] }): Promise<Result<GeoImportReceipt>> {
    const started = Date.now();
    try {
      const progress: ProgressSink = (p) =>
        this.hooks.onProgress({ uploadId, layer: req.layer, fileName: req.fileName, ...p });
      const receipt =
        req.format === 'osm-pbf'
          ? await importOsmPbfBytes(this.db, { fileName: req.fileName, data: Buffer.from(req.text, 'base64') }, progress)
          : await importGeoJsonText(this.db, req, progress);
      if (receipt.state === 'imported') {
        this.context = withImportedLayers(this.base, await loadLayers(this.db), this.operator);
        this.hooks.onContext(this.context);
        this.logger.info('geodata imported', { format: req.format ?? 'geojson', skipped: receipt.skipped, layer: req.layer, file: req.fileName, features: receipt.count, ms: Date.now() - started });
      } else if (receipt.state === 'rejected') {
        this.logger.warn('geojson rejected', { layer: req.layer, file: req.fileName, errors: receipt.errorCount, first: receipt.errors[0]?.message });
      }
      return ok(receipt);
    } catch (err) {
      this.hooks.onProgress({ uploadId, layer: req.layer, fileName: req.fileName, phase: 'failed', done: 0, total: 0 });
      return fail({ code: 'INTERNAL', message: `import of ${req.fileName} into ${req.layer} failed and was rolled back: ${(err as Error).message}` });
    }
  }

  private expireUploads(): void {
    const now = Date.now();
    for (const [id, up] of this.uploads) if (now - up.touchedMs > UPLOAD_TTL_MS) this.uploads.delete(id);
  }
}

export function parseArgs(raw: unknown): Result<ImportGeoJsonArgs> {
  const a = raw as Partial<ImportGeoJsonArgs> | null;
  if (!a || typeof a !== 'object') return invalid('args', 'importGeoJson takes {layer, fileName, text}');
  if (!isGeoLayerId(a.layer)) return invalid('layer', `layer must be one of ${GEO_LAYERS.join(', ')}, got ${JSON.stringify(a.layer)}`);
  if (typeof a.fileName !== 'string' || !a.fileName.trim() || a.fileName.length > 255) {
    return invalid('fileName', `fileName must be a non-empty string of at most 255 characters, got ${JSON.stringify(a.fileName)?.slice(0, 80)}`);
  }
  if (typeof a.text !== 'string') return invalid('text', `text must be the file's content as a string, got ${typeof a.text}`);
  const format = a.format ?? 'geojson';
  if (format !== 'geojson' && format !== 'osm-pbf') return invalid('format', `format must be geojson or osm-pbf, got ${JSON.stringify(a.format)}`);
  if (format === 'osm-pbf' && a.layer !== 'roads') return invalid('layer', `an OSM PBF file imports into the roads layer, got ${JSON.stringify(a.layer)}`);
  if (format === 'osm-pbf' && !/^[A-Za-z0-9+/]*={0,2}$/.test(a.text)) return invalid('text', 'an OSM PBF part must be base64 text');
  const fmt = a.format === undefined ? {} : { format };
  if (a.part === undefined) {
    if (a.text.length > IMPORT_PART_CHARS) {
      return invalid('text', `text has ${a.text.length} characters; send more than ${IMPORT_PART_CHARS} in parts ({uploadId, index, count})`);
    }
    return ok({ layer: a.layer, fileName: a.fileName, text: a.text, ...fmt });
  }
  const p = a.part as Partial<NonNullable<ImportGeoJsonArgs['part']>>;
  if (!p || typeof p.uploadId !== 'string' || !/^[\w-]{1,64}$/.test(p.uploadId)) return invalid('part.uploadId', `part.uploadId must be 1–64 letters, digits, - or _, got ${JSON.stringify(p?.uploadId)}`);
  if (!Number.isInteger(p.count) || p.count! < 1 || p.count! > MAX_PARTS) return invalid('part.count', `part.count must be an integer from 1 to ${MAX_PARTS}, got ${JSON.stringify(p.count)}`);
  if (!Number.isInteger(p.index) || p.index! < 0 || p.index! >= p.count!) return invalid('part.index', `part.index must be an integer from 0 to ${p.count! - 1}, got ${JSON.stringify(p.index)}`);
  if (a.text.length > IMPORT_PART_CHARS) return invalid('text', `a part holds at most ${IMPORT_PART_CHARS} characters, got ${a.text.length}`);
  return ok({ layer: a.layer, fileName: a.fileName, text: a.text, part: { uploadId: p.uploadId, index: p.index!, count: p.count! }, ...fmt });
}
