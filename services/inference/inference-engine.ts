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
import { SensorEngine, sensorEventToWire } from './sensors/sensor-engine';
import type { ListCamerasRequest__Output } from '../../proto/gen/watchfloor/inference/v1/ListCamerasRequest';
import type { CamerasImported } from '../../proto/gen/watchfloor/inference/v1/CamerasImported';
import { RegistryService } from './registry/registry-service';
import { WardLocator } from './registry/ward-locator';
import { loadDemoData } from '../demo/demo-data';

export const INFERENCE_SERVICE_NAME = 'watchfloor.inference.v1.InferenceService';
const MAX_DETECTIONS = 500;

/** The inference engine: camera registry and the detections analytics report on their frames. */
export class InferenceEngine {
  /** Sensors (gauges, air quality, pumps) and the flood/congestion forecasts. */
  readonly sensors: SensorEngine;
  readonly registry: RegistryService;

  constructor(
    readonly store: InferenceStore,
    private readonly logger: Logger,
    /** Where imported cameras' wards come from; default the demo's ward centres (as dispatch). */
    wards: WardLocator = WardLocator.fromCentres(loadDemoData().wards),
  ) {
    this.sensors = new SensorEngine(store.db, store.log, logger.child('sensors'));
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
      ...this.sensors.handlers(),
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
    validateAnalytics(batch);
    return applyOnce(this.store.db, this.store.log, requestId, 'ReportDetections', async ({ tx, emit }) => {
      const current = await this.store.getCamera(tx, batch.camera_id);
      if (!current) throw notFound('camera', batch.camera_id);
      const counts: Record<string, number> = {};
      for (const d of batch.detections) counts[d.cls] = (counts[d.cls] ?? 0) + 1;
      const frameMs = Number(batch.frame_ms) || Date.now();
      const camera: StoredCamera = { ...current, last_counts: counts, last_detection_ms: frameMs, version: current.version + 1, updated_ms: Date.now(), last_seen_ms: Date.now() };
      await this.store.putCamera(tx, camera);
      await emit('detections', camera.id, { ...analyticsOf(batch), camera_id: camera.id, frame_ms: frameMs, detections: batch.detections });
      await emit('camera', camera.id, camera);
      return { camera };
    });
  }

  /** Points a camera at another stream (the demo's simulated cameras); emits the changed camera. */
  async setStreamUrl(cameraId: string, url: string): Promise<StoredCamera> {
    const events: LoggedEvent[] = [];
    const camera = await this.store.db.transaction(async (tx) => {
      const current = await this.store.getCamera(tx, cameraId);
      if (!current) throw notFound('camera', cameraId);
      if (current.stream_url === url) return current;
      const next: StoredCamera = { ...current, stream_url: url, version: current.version + 1, updated_ms: Date.now() };
      await this.store.putCamera(tx, next);
      events.push(await this.store.log.append(tx, 'camera', next.id, next));
      return next;
    });
    this.store.log.publish(events);
    return camera;
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

/** The analytics fields of a batch (counts, crossings, alarms, density, floods), checked. */
function validateAnalytics(batch: ReportDetectionsRequest__Output['batch'] & object): void {
  batch.detections.forEach((d, i) => {
    if (!(Number.isInteger(d.track_id) && d.track_id >= 0)) throw invalidArgument(`batch.detections[${i}].track_id`, `must be a whole number ≥ 0, got ${d.track_id}`);
  });
  batch.counts.forEach((c, i) => {
    if (!c.line_id) throw invalidArgument(`batch.counts[${i}].line_id`, 'is required');
    if (!c.direction) throw invalidArgument(`batch.counts[${i}].direction`, 'is required');
    if (!(Number(c.count) >= 0)) throw invalidArgument(`batch.counts[${i}].count`, `must be ≥ 0, got ${c.count}`);
  });
  batch.crossings.forEach((c, i) => {
    if (!c.line_id || !c.direction) throw invalidArgument(`batch.crossings[${i}]`, 'needs line_id and direction');
  });
  batch.alarms.forEach((a, i) => {
    if (!['intrusion', 'flood', 'congestion'].includes(a.kind)) throw invalidArgument(`batch.alarms[${i}].kind`, `"${a.kind}" is not one of intrusion, flood, congestion`);
  });
  const level = batch.density?.level;
  if (level && !['free', 'moderate', 'heavy', 'jammed'].includes(level)) throw invalidArgument('batch.density.level', `"${level}" is not one of free, moderate, heavy, jammed`);
  if (batch.density && !(batch.density.occupancy >= 0 && batch.density.occupancy <= 1)) throw invalidArgument('batch.density.occupancy', `must be in [0, 1], got ${batch.density.occupancy}`);
  batch.floods.forEach((f, i) => {
    if (!(f.level >= 0 && f.level <= 1)) throw invalidArgument(`batch.floods[${i}].level`, `must be in [0, 1], got ${f.level}`);
  });
}

function analyticsOf(batch: ReportDetectionsRequest__Output['batch'] & object): Partial<DetectionBatch> {
  return {
    counts: batch.counts,
    crossings: batch.crossings,
    alarms: batch.alarms,
    density: batch.density ?? undefined,
    floods: batch.floods,
    detector: batch.detector,
    analyser_started_ms: batch.analyser_started_ms,
  };
}

function toInferenceEvent(e: LoggedEvent): InferenceEvent {
  const base = { seq: e.seq, time_ms: e.timeMs };
  const sensorEvent = sensorEventToWire(e);
  if (sensorEvent) return { ...base, ...sensorEvent };
  if (e.kind === 'cameras_imported') return { ...base, cameras_imported: e.payload as CamerasImported };
  return e.kind === 'detections' ? { ...base, detections: e.payload as DetectionBatch } : { ...base, camera: e.payload as StoredCamera };
}
