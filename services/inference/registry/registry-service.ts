// gRPC face of the camera registry: SearchCameras, NearestCameras, ImportCameras and ListCameras' filters.
import * as grpc from '@grpc/grpc-js';
import { createHash } from 'node:crypto';
import type { Logger } from '../../../common/log';
import { CAMERA_IMPORT_FORMATS, type CameraImportFormat, validateGeoBox, validateNearestCamerasArgs, validateSearchCamerasArgs, SEARCH_PAGE_MAX } from '../../../common/domain/camera-registry';
import type { SearchCamerasRequest__Output } from '../../../proto/gen/watchfloor/inference/v1/SearchCamerasRequest';
import type { SearchCamerasResponse } from '../../../proto/gen/watchfloor/inference/v1/SearchCamerasResponse';
import type { NearestCamerasRequest__Output } from '../../../proto/gen/watchfloor/inference/v1/NearestCamerasRequest';
import type { NearestCamerasResponse } from '../../../proto/gen/watchfloor/inference/v1/NearestCamerasResponse';
import type { ImportCamerasChunk__Output } from '../../../proto/gen/watchfloor/inference/v1/ImportCamerasChunk';
import type { ImportCamerasResponse } from '../../../proto/gen/watchfloor/inference/v1/ImportCamerasResponse';
import type { ListCamerasRequest__Output } from '../../../proto/gen/watchfloor/inference/v1/ListCamerasRequest';
import { EngineError, invalidArgument, requireRequestId } from '../../kit/grpc-errors';
import { applyOnce } from '../../kit/mutation';
import { unary } from '../../kit/unary';
import { RequestIdReused } from '../../store/event-log';
import type { InferenceStore, StoredCamera } from '../store';
import type { CameraRegistry } from './camera-registry';
import { parseCameraFile } from './parse-import';
import type { WardLocator } from './ward-locator';

export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;
export const MAX_CHUNK_BYTES = 1024 * 1024;
export const MAX_REPORTED_ERRORS = 1000;
export const MAX_LIST_IDS = 5000;
const DEFAULT_PAGE = 50;

function grpcInvalid(r: { ok: false; error: { field?: string; message: string } }): EngineError {
  // The shared validators speak the bridge's camelCase; the wire names are snake_case.
  const field = (r.error.field ?? 'request').replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
  return invalidArgument(field, r.error.message);
}

function queryHash(q: object): string {
  return createHash('sha1').update(JSON.stringify(q)).digest('base64url').slice(0, 12);
}

export function encodePageToken(afterId: string, hash: string): string {
  return Buffer.from(JSON.stringify({ a: afterId, h: hash })).toString('base64url');
}

export function decodePageToken(token: string, hash: string): string {
  let parsed: { a?: unknown; h?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidArgument('page_token', `"${token.slice(0, 40)}" is not a page token from SearchCameras`);
  }
  if (typeof parsed?.a !== 'string') throw invalidArgument('page_token', `"${token.slice(0, 40)}" is not a page token from SearchCameras`);
  if (parsed.h !== hash) throw invalidArgument('page_token', 'belongs to a different query (text, bbox, kind, status or page_size changed); start again without it');
  return parsed.a;
}

export class RegistryService {
  constructor(
    private readonly store: InferenceStore,
    private readonly registry: CameraRegistry,
    private readonly wards: WardLocator,
    private readonly logger: Logger,
  ) {}

  handlers(): grpc.UntypedServiceImplementation {
    const l = this.logger;
    return {
      SearchCameras: unary(l, 'SearchCameras', (r: SearchCamerasRequest__Output) => this.search(r)),
      NearestCameras: unary(l, 'NearestCameras', (r: NearestCamerasRequest__Output) => this.nearest(r)),
      ImportCameras: (call: grpc.ServerReadableStream<ImportCamerasChunk__Output, ImportCamerasResponse>, cb: grpc.sendUnaryData<ImportCamerasResponse>) => this.importStream(call, cb),
    };
  }

  async listCameras(req: ListCamerasRequest__Output): Promise<{ cameras: StoredCamera[]; last_seq: number }> {
    const ids = req.ids ?? [];
    if (ids.length > MAX_LIST_IDS) throw invalidArgument('ids', `${ids.length} ids; ask for at most ${MAX_LIST_IDS} at a time`);
    if (!(req.limit >= 0 && req.limit <= 100_000)) throw invalidArgument('limit', `must be 0 (no limit) to 100000, got ${req.limit}`);
    // The seq first: replaying from an older seq is harmless, missing a change is not.
    const lastSeq = (await this.store.log.bounds()).lastSeq;
    if (ids.length) return { cameras: await this.registry.byIds(ids), last_seq: lastSeq };
    if (req.limit > 0) return { cameras: await this.registry.workingSet(req.limit), last_seq: lastSeq };
    const s = await this.store.snapshotCameras();
    return { cameras: s.cameras, last_seq: s.lastSeq };
  }

  async search(req: SearchCamerasRequest__Output): Promise<SearchCamerasResponse> {
    const bbox = req.bbox ? validateGeoBox({ minLat: req.bbox.min_lat, minLon: req.bbox.min_lon, maxLat: req.bbox.max_lat, maxLon: req.bbox.max_lon }) : undefined;
    if (bbox && !bbox.ok) throw grpcInvalid(bbox);
    if (req.page_size < 0 || req.page_size > SEARCH_PAGE_MAX) throw invalidArgument('page_size', `must be 1 to ${SEARCH_PAGE_MAX} (0 = ${DEFAULT_PAGE}), got ${req.page_size}`);
    const args = validateSearchCamerasArgs({ text: req.text || undefined, kind: req.kind, status: req.status });
    if (!args.ok) throw grpcInvalid(args);
    const pageSize = req.page_size || DEFAULT_PAGE;
    const query = { text: args.value.text, bbox: bbox?.value, kind: args.value.kind, status: args.value.status, pageSize };
    const hash = queryHash(query);
    const afterId = req.page_token ? decodePageToken(req.page_token, hash) : undefined;
    const page = await this.registry.search({ ...query, afterId });
    const last = page.cameras[page.cameras.length - 1];
    return {
      cameras: page.cameras,
      next_page_token: page.hasMore && last ? encodePageToken(last.id, hash) : '',
      total: page.total,
      total_capped: page.totalCapped,
    };
  }

  async nearest(req: NearestCamerasRequest__Output): Promise<NearestCamerasResponse> {
    if (!req.point) throw invalidArgument('point', 'is required ({lat, lon})');
    const args = validateNearestCamerasArgs({
      point: req.point,
      k: req.k,
      maxDistanceM: req.max_distance_m || undefined,
      kind: req.kind,
      status: req.status,
    });
    if (!args.ok) throw grpcInvalid(args);
    if (req.max_distance_m < 0) throw invalidArgument('max_distance_m', `must be positive (0 = no limit), got ${req.max_distance_m}`);
    return { cameras: await this.registry.nearest(args.value) };
  }

  private importStream(call: grpc.ServerReadableStream<ImportCamerasChunk__Output, ImportCamerasResponse>, cb: grpc.sendUnaryData<ImportCamerasResponse>): void {
    const parts: Buffer[] = [];
    let bytes = 0;
    let head: { requestId: string; format: CameraImportFormat; fileName: string } | undefined;
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      if (err instanceof EngineError) cb(err.toServiceError());
      else if (err instanceof RequestIdReused) cb({ code: grpc.status.INVALID_ARGUMENT, details: `request_id: ${err.message}` });
      else {
        this.logger.error('ImportCameras failed', { error: String(err), stack: (err as Error)?.stack });
        cb({ code: grpc.status.INTERNAL, details: `ImportCameras failed inside the engine and nothing was written: ${String(err)}` });
      }
    };
    call.on('data', (chunk: ImportCamerasChunk__Output) => {
      if (failed) return;
      try {
        if (!head) {
          const requestId = requireRequestId(chunk.request_id);
          if (!(CAMERA_IMPORT_FORMATS as readonly string[]).includes(chunk.format)) throw invalidArgument('format', `must be one of ${CAMERA_IMPORT_FORMATS.join(', ')}, got "${chunk.format}"`);
          if (!chunk.file_name || chunk.file_name.length > 255) throw invalidArgument('file_name', `must be 1–255 characters, got "${chunk.file_name.slice(0, 80)}"`);
          head = { requestId, format: chunk.format as CameraImportFormat, fileName: chunk.file_name };
        }
        if (chunk.data.length > MAX_CHUNK_BYTES) throw invalidArgument('data', `a chunk holds at most ${MAX_CHUNK_BYTES} bytes, got ${chunk.data.length}`);
        bytes += chunk.data.length;
        if (bytes > MAX_IMPORT_BYTES) throw invalidArgument('data', `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB; split it`);
        parts.push(chunk.data);
      } catch (err) {
        fail(err);
        call.destroy();
      }
    });
    call.on('error', () => {
      failed = true;
    });
    call.on('end', () => {
      if (failed) return;
      if (!head) return fail(invalidArgument('request_id', 'is required: the stream carried no chunk'));
      this.importFile(head, Buffer.concat(parts).toString('utf8')).then((r) => {
        if (!failed) cb(null, r);
      }, fail);
    });
  }

  async importFile(head: { requestId: string; format: CameraImportFormat; fileName: string }, text: string): Promise<ImportCamerasResponse> {
    const started = Date.now();
    const parsed = parseCameraFile(head.format, text, this.wards);
    if (parsed.errors.length) {
      this.logger.warn('camera import rejected', { file: head.fileName, rows: parsed.rows, errors: parsed.errors.length, first: parsed.errors[0] });
      return { state: 'rejected', rows: parsed.rows, created: 0, updated: 0, errors: parsed.errors.slice(0, MAX_REPORTED_ERRORS), error_count: parsed.errors.length };
    }
    const parsedMs = Date.now() - started;
    const out = await applyOnce(this.store.db, this.store.log, head.requestId, 'ImportCameras', async ({ tx, emit }) => {
      const { created, updated } = await this.registry.write(tx, parsed.cameras, Date.now());
      await emit('cameras_imported', head.requestId, { request_id: head.requestId, file_name: head.fileName, created, updated });
      const r: ImportCamerasResponse = { state: 'imported', rows: parsed.rows, created, updated, errors: [], error_count: 0 };
      return r;
    });
    this.logger.info('cameras imported', { file: head.fileName, rows: parsed.rows, created: out.created, updated: out.updated, parse_ms: parsedMs, ms: Date.now() - started });
    return out;
  }
}
