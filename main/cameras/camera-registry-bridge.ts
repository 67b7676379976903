// The camera registry behind the bridge: search and nearest as reads with a deadline, import in parts
// streamed to the engine, and the console's bounded camera working set (what windows hold).
import { randomUUID } from 'node:crypto';
import type { Delta } from '../../common/bridge/contract';
import type { Camera } from '../../common/domain/camera';
import {
  CAMERA_IMPORT_FORMATS,
  validateNearestCamerasArgs,
  validateSearchCamerasArgs,
  type CameraImportProgress,
  type CameraImportReceipt,
  type CameraPage,
  type ImportCamerasArgs,
  type NearestCameras,
} from '../../common/domain/camera-registry';
import { IMPORT_PART_CHARS } from '../../common/geodata/geo-layers';
import type { Logger } from '../../common/log';
import { fail, invalid, ok, type Result } from '../../common/result';
import { callUnary, type InferenceServiceClient } from '../../proto/clients';
import { cameraFromWire } from '../../proto/map/inference';
import { toBridgeError } from '../outbox/grpc-error-map';
import type { LiveState } from '../state/live-state';
import { importCamerasOverGrpc } from './import-stream';

export const REGISTRY_READ_DEADLINE_MS = 5000;
/** A 300,000-row file takes about a minute on a loaded 2-core machine. */
export const IMPORT_DEADLINE_MS = 10 * 60_000;
export const MAX_CAMERA_FILE_CHARS = 100 * 1024 * 1024;
const MAX_PARTS = Math.ceil(MAX_CAMERA_FILE_CHARS / IMPORT_PART_CHARS) + 1;
const UPLOAD_TTL_MS = 5 * 60_000;

interface Upload {
  windowId: string;
  fileName: string;
  format: ImportCamerasArgs['format'];
  parts: string[];
  chars: number;
  touchedMs: number;
}

export interface CameraRegistryHooks {
  /** Cameras that joined the working set (windows draw them like any camera change). */
  publish(delta: Delta): void;
  onProgress(progress: CameraImportProgress): void;
}

export class CameraRegistryBridge {
  private readonly uploads = new Map<string, Upload>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly client: InferenceServiceClient,
    private readonly state: LiveState,
    private readonly hooks: CameraRegistryHooks,
    private readonly logger: Logger,
  ) {}

  searchCameras = async (raw: unknown): Promise<Result<CameraPage>> => {
    const v = validateSearchCamerasArgs(raw);
    if (!v.ok) return v;
    const a = v.value;
    try {
      const r = await callUnary(
        this.client,
        this.client.SearchCameras,
        {
          text: a.text ?? '',
          bbox: a.bbox ? { min_lat: a.bbox.minLat, min_lon: a.bbox.minLon, max_lat: a.bbox.maxLat, max_lon: a.bbox.maxLon } : null,
          kind: a.kind ?? '',
          status: a.status ?? '',
          page_size: a.pageSize ?? 0,
          page_token: a.pageToken ?? '',
        },
        REGISTRY_READ_DEADLINE_MS,
      );
      return ok({ cameras: r.cameras.map(cameraFromWire), nextPageToken: r.next_page_token, total: r.total, totalCapped: r.total_capped });
    } catch (err) {
      return fail(toBridgeError(err));
    }
  };

  nearestCameras = async (raw: unknown): Promise<Result<NearestCameras>> => {
    const v = validateNearestCamerasArgs(raw);
    if (!v.ok) return v;
    const a = v.value;
    try {
      const r = await callUnary(
        this.client,
        this.client.NearestCameras,
        { point: a.point, k: a.k, max_distance_m: a.maxDistanceM ?? 0, kind: a.kind ?? '', status: a.status ?? '' },
        REGISTRY_READ_DEADLINE_MS,
      );
      const cameras = r.cameras.map((c) => ({ camera: cameraFromWire(c.camera!), distanceM: c.distance_m }));
      // The wall shows what it asked for: those cameras must be in the working set for watchVideo and deltas.
      this.admit(cameras.map((c) => c.camera));
      return ok({ cameras });
    } catch (err) {
      return fail(toBridgeError(err));
    }
  };

  /** Brings cameras into the working set (selected from a search, dragged onto the wall) and keeps them there. */
  async pin(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.state.pinnedCameras.add(id);
    const missing = ids.filter((id) => !this.state.cameras.has(id));
    if (!missing.length) return;
    try {
      const r = await callUnary(this.client, this.client.ListCameras, { ids: missing, limit: 0 }, REGISTRY_READ_DEADLINE_MS);
      this.admit(r.cameras.map(cameraFromWire));
    } catch (err) {
      this.logger.warn('cameras could not join the working set', { ids: missing.slice(0, 10), error: String(err) });
    }
  }

  unpin(ids: readonly string[]): void {
    for (const id of ids) this.state.pinnedCameras.delete(id);
  }

  /** After an import: the cameras this console holds are read again (names, places and URLs may have changed). */
  async refreshHeld(): Promise<void> {
    const ids = [...this.state.cameras.keys()];
    try {
      for (let i = 0; i < ids.length; i += 1000) {
        const r = await callUnary(this.client, this.client.ListCameras, { ids: ids.slice(i, i + 1000), limit: 0 }, REGISTRY_READ_DEADLINE_MS);
        this.admit(r.cameras.map(cameraFromWire));
      }
    } catch (err) {
      this.logger.warn('refresh of held cameras after an import failed', { error: String(err) });
    }
  }

  private admit(cameras: Camera[]): void {
    const changed = this.state.apply({ cameras });
    if (changed.cameras?.length) this.hooks.publish(changed);
  }

  importCameras = async (windowId: string, raw: unknown): Promise<Result<CameraImportReceipt>> => {
    const args = parseImportArgs(raw);
    if (!args.ok) return args;
    const { format, fileName, text, part } = args.value;
    let uploadId = part?.uploadId ?? `cameras-${randomUUID()}`;
    let full = text;
    if (part) {
      this.expireUploads();
      if (part.index === 0) this.uploads.set(part.uploadId, { windowId, fileName, format, parts: [], chars: 0, touchedMs: Date.now() });
      const up = this.uploads.get(part.uploadId);
      if (!up) return invalid('part.uploadId', `no upload ${JSON.stringify(part.uploadId)} in progress (it may have expired); start again from part 0`);
      if (up.parts.length !== part.index) return invalid('part.index', `expected part ${up.parts.length} of upload ${part.uploadId}, got ${part.index}`);
      if (up.fileName !== fileName || up.format !== format || up.windowId !== windowId) {
        return invalid('part.uploadId', `upload ${part.uploadId} is ${up.fileName} (${up.format}) from another call; parts cannot change file, format or window`);
      }
      up.chars += text.length;
      if (up.chars > MAX_CAMERA_FILE_CHARS) {
        this.uploads.delete(part.uploadId);
        return invalid('text', `${fileName} is larger than the camera import limit of ${MAX_CAMERA_FILE_CHARS / 1024 / 1024} MiB of text; split it`, 'cameras.import.tooLarge', { limitMb: MAX_CAMERA_FILE_CHARS / 1024 / 1024 });
      }
      up.parts.push(text);
      up.touchedMs = Date.now();
      this.hooks.onProgress({ uploadId, fileName, phase: 'receiving', done: part.index + 1, total: part.count });
      if (part.index + 1 < part.count) return ok({ state: 'partReceived', uploadId, received: part.index + 1, count: part.count });
      this.uploads.delete(part.uploadId);
      full = up.parts.join('');
      uploadId = part.uploadId;
    }
    // One import at a time: two 300k-row files at once would only slow both.
    const run = this.queue.then(() => this.send(uploadId, format, fileName, full));
    this.queue = run.catch(() => undefined);
    return run;
  };

  private async send(uploadId: string, format: ImportCamerasArgs['format'], fileName: string, text: string): Promise<Result<CameraImportReceipt>> {
    const started = Date.now();
    try {
      const r = await importCamerasOverGrpc(this.client, { requestId: randomUUID(), format, fileName, data: Buffer.from(text, 'utf8') }, IMPORT_DEADLINE_MS, (done, total) =>
        this.hooks.onProgress({ uploadId, fileName, phase: 'sending', done, total }),
      );
      this.hooks.onProgress({ uploadId, fileName, phase: r.state === 'imported' ? 'done' : 'failed', done: r.rows, total: r.rows });
      if (r.state === 'imported') {
        this.logger.info('cameras imported', { file: fileName, rows: r.rows, created: r.created, updated: r.updated, ms: Date.now() - started });
        return ok({ state: 'imported', fileName, rows: r.rows, created: r.created, updated: r.updated });
      }
      this.logger.warn('camera import rejected', { file: fileName, rows: r.rows, errors: r.error_count });
      return ok({ state: 'rejected', fileName, rows: r.rows, errorCount: r.error_count, errors: r.errors.map((e) => ({ index: e.index, line: e.line, field: e.field, value: e.value, message: e.message })) });
    } catch (err) {
      this.hooks.onProgress({ uploadId, fileName, phase: 'failed', done: 0, total: 0 });
      return fail(toBridgeError(err));
    }
  }

  private expireUploads(): void {
    const now = Date.now();
    for (const [id, up] of this.uploads) if (now - up.touchedMs > UPLOAD_TTL_MS) this.uploads.delete(id);
  }
}

export function parseImportArgs(raw: unknown): Result<ImportCamerasArgs> {
  const a = raw as Partial<ImportCamerasArgs> | null;
  if (!a || typeof a !== 'object') return invalid('args', 'importCameras takes {format, fileName, text, part?}');
  if (!(CAMERA_IMPORT_FORMATS as readonly unknown[]).includes(a.format)) return invalid('format', `format must be one of ${CAMERA_IMPORT_FORMATS.join(', ')}, got ${JSON.stringify(a.format)}`);
  if (typeof a.fileName !== 'string' || !a.fileName.trim() || a.fileName.length > 255) {
    return invalid('fileName', `fileName must be a non-empty string of at most 255 characters, got ${JSON.stringify(a.fileName)?.slice(0, 80)}`);
  }
  if (typeof a.text !== 'string') return invalid('text', `text must be the file's content as a string, got ${typeof a.text}`);
  if (a.text.length > IMPORT_PART_CHARS) return invalid('text', `text has ${a.text.length} characters; send more than ${IMPORT_PART_CHARS} in parts ({uploadId, index, count})`);
  if (a.part === undefined) return ok({ format: a.format!, fileName: a.fileName, text: a.text });
  const p = a.part as Partial<NonNullable<ImportCamerasArgs['part']>>;
  if (!p || typeof p.uploadId !== 'string' || !/^[\w-]{1,64}$/.test(p.uploadId)) return invalid('part.uploadId', `part.uploadId must be 1–64 letters, digits, - or _, got ${JSON.stringify(p?.uploadId)}`);
  if (!Number.isInteger(p.count) || p.count! < 1 || p.count! > MAX_PARTS) return invalid('part.count', `part.count must be an integer from 1 to ${MAX_PARTS}, got ${JSON.stringify(p.count)}`);
  if (!Number.isInteger(p.index) || p.index! < 0 || p.index! >= p.count!) return invalid('part.index', `part.index must be an integer from 0 to ${p.count! - 1}, got ${JSON.stringify(p.index)}`);
  return ok({ format: a.format!, fileName: a.fileName, text: a.text, part: { uploadId: p.uploadId, index: p.index!, count: p.count! } });
}
