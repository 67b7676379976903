import * as grpc from '@grpc/grpc-js';
import type { Logger } from '../../common/log';
import { isCameraStatus } from '../../common/domain/camera';
import { loadProtos } from '../../proto/loader';
import type { ReportCameraStatusRequest__Output } from '../../proto/gen/watchfloor/inference/v1/ReportCameraStatusRequest';
import type { ReportDetectionsRequest__Output } from '../../proto/gen/watchfloor/inference/v1/ReportDetectionsRequest';
import type { WatchInferenceRequest__Output } from '../../proto/gen/watchfloor/inference/v1/WatchInferenceRequest';
import type { InferenceEvent } from '../../proto/gen/watchfloor/inference/v1/InferenceEvent';
import type { DetectionBatch } from '../../proto/gen/watchfloor/inference/v1/DetectionBatch';
import { invalidArgument, notFound, requireRequestId } from '../kit/grpc-errors';
import { applyOnce } from '../kit/mutation';
import { unary } from '../kit/unary';
import { serveWatch, SharedWatch } from '../kit/watch';
import type { LoggedEvent } from '../store/event-log';
import type { InferenceStore, StoredCamera } from './store';
import type { ListCamerasRequest__Output } from '../../proto/gen/watchfloor/inference/v1/ListCamerasRequest';
import type { CamerasImported } from '../../proto/gen/watchfloor/inference/v1/CamerasImported';
import { RegistryService } from './registry/registry-service';
import { WardLocator } from './registry/ward-locator';
import { loadDemoData } from '../demo/demo-data';

export const INFERENCE_SERVICE_NAME = 'watchfloor.inference.v1.InferenceService';
const MAX_DETECTIONS = 500;

/** The inference engine: camera registry and the detections analytics report on their frames. */
export class InferenceEngine {
  readonly registry: RegistryService;

  constructor(
    readonly store: InferenceStore,
    private readonly logger: Logger,
    /** Where imported cameras' wards come from; default the demo's ward centres (as dispatch). */
    wards: WardLocator = WardLocator.fromCentres(loadDemoData().wards),
  ) {
    this.registry = new RegistryService(store, store.registry, wards, logger.child('registry'));
  }

  addToServer(server: grpc.Server): void {
    const l = this.logger;
    const watch = new SharedWatch(loadProtos().watchfloor.inference.v1.InferenceService.service, 'WatchInference', toInferenceEvent);
    server.addService(watch.definition, {
      ListCameras: unary(l, 'ListCameras', (r: ListCamerasRequest__Output) => this.registry.listCameras(r)),
      ReportCameraStatus: unary(l, 'ReportCameraStatus', (r: ReportCameraStatusRequest__Output) => this.reportStatus(r)),
      ReportDetections: unary(l, 'ReportDetections', (r: ReportDetectionsRequest__Output) => this.reportDetections(r)),
      WatchInference: (call: grpc.ServerWritableStream<WatchInferenceRequest__Output, InferenceEvent>) =>
        serveWatch(call, this.store.log, watch, l),
      ...this.registry.handlers(),
    });
  }

  async reportStatus(req: ReportCameraStatusRequest__Output): Promise<{ camera: StoredCamera }> {
    const requestId = requireRequestId(req.request_id);
    if (!req.camera_id) throw invalidArgument('camera_id', 'is required');
    if (!isCameraStatus(req.status)) throw invalidArgument('status', `"${req.status}" is not one of online, offline, degraded`);
    return applyOnce(this.store.db, this.store.log, requestId, 'ReportCameraStatus', async ({ tx, emit }) => {
      const current = await this.store.getCamera(tx, req.camera_id);
      if (!current) throw notFound('camera', req.camera_id);
      if (current.status === req.status) return { camera: current };
      const camera: StoredCamera = { ...current, status: req.status, version: current.version + 1, updated_ms: Date.now(), last_seen_ms: req.status === 'offline' ? current.last_seen_ms : Date.now() };
      await this.store.putCamera(tx, camera);
      await emit('camera', camera.id, camera);
      return { camera };
    });
  }

  async reportDetections(req: ReportDetectionsRequest__Output): Promise<{ camera: StoredCamera }> {
    const requestId = requireRequestId(req.request_id);
    const batch = req.batch;
    if (!batch) throw invalidArgument('batch', 'is required');
    if (!batch.camera_id) throw invalidArgument('batch.camera_id', 'is required');
    if (batch.detections.length > MAX_DETECTIONS) throw invalidArgument('batch.detections', `${batch.detections.length} detections; the limit is ${MAX_DETECTIONS}`);
    batch.detections.forEach((d, i) => {
      if (!d.cls) throw invalidArgument(`batch.detections[${i}].cls`, 'is required');
      if (!(d.confidence >= 0 && d.confidence <= 1)) throw invalidArgument(`batch.detections[${i}].confidence`, `must be in [0, 1], got ${d.confidence}`);
      const b = d.box;
      if (!b || !(b.x >= 0 && b.y >= 0 && b.w > 0 && b.h > 0 && b.x + b.w <= 1.0001 && b.y + b.h <= 1.0001)) {
        throw invalidArgument(`batch.detections[${i}].box`, 'must be a normalised box inside the frame (x, y ≥ 0; w, h > 0; x+w, y+h ≤ 1)');
      }
    });
    return applyOnce(this.store.db, this.store.log, requestId, 'ReportDetections', async ({ tx, emit }) => {
      const current = await this.store.getCamera(tx, batch.camera_id);
      if (!current) throw notFound('camera', batch.camera_id);
      const counts: Record<string, number> = {};
      for (const d of batch.detections) counts[d.cls] = (counts[d.cls] ?? 0) + 1;
      const frameMs = Number(batch.frame_ms) || Date.now();
      const camera: StoredCamera = { ...current, last_counts: counts, last_detection_ms: frameMs, version: current.version + 1, updated_ms: Date.now(), last_seen_ms: Date.now() };
      await this.store.putCamera(tx, camera);
      await emit('detections', camera.id, { camera_id: camera.id, frame_ms: frameMs, detections: batch.detections });
      await emit('camera', camera.id, camera);
      return { camera };
    });
  }

  async seedCameras(cameras: readonly StoredCamera[]): Promise<number> {
    const events: LoggedEvent[] = [];
    await this.store.db.transaction(async (tx) => {
      for (const c of cameras) {
        if (await this.store.getCamera(tx, c.id)) continue;
        await this.store.putCamera(tx, c);
        events.push(await this.store.log.append(tx, 'camera', c.id, c));
      }
    });
    this.store.log.publish(events);
    return events.length;
  }
}

function toInferenceEvent(e: LoggedEvent): InferenceEvent {
  const base = { seq: e.seq, time_ms: e.timeMs };
  if (e.kind === 'cameras_imported') return { ...base, cameras_imported: e.payload as CamerasImported };
  return e.kind === 'detections' ? { ...base, detections: e.payload as DetectionBatch } : { ...base, camera: e.payload as StoredCamera };
}
