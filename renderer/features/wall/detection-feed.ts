// Detections per camera, in frame-time order, for the overlays: the last few seconds of every camera.
import type { BridgeApi } from '../../../common/bridge/contract';
import type { DetectionBatch } from '../../../common/domain/camera';
import { insertBatch } from '../../../common/video/media-clock';
import { ALARM_CLASSES } from './model/alarms';

/** Video plays up to ~2 s behind live (live-edge.ts); keep a margin beyond it. */
const KEEP_MS = 8000;

export class DetectionFeed {
  private byCamera = new Map<string, DetectionBatch[]>();
  /** The newest batch with an alarm class per camera: the tile flashes for it well after the boxes are gone. */
  private alarms = new Map<string, DetectionBatch>();

  add(batch: DetectionBatch): void {
    if (batch.detections.some((d) => ALARM_CLASSES.has(d.cls)) && (this.alarms.get(batch.cameraId)?.frameMs ?? -1) < batch.frameMs) {
      this.alarms.set(batch.cameraId, batch);
    }
    let list = this.byCamera.get(batch.cameraId);
    if (!list) this.byCamera.set(batch.cameraId, (list = []));
    insertBatch(list, batch, KEEP_MS);
  }

  /** Sorted by frameMs; the overlay reads it every frame, so it is not copied. */
  batches(cameraId: string): readonly DetectionBatch[] {
    return this.byCamera.get(cameraId) ?? [];
  }

  alarmBatches(): Iterable<DetectionBatch> {
    return this.alarms.values();
  }

  /** Follows the window's bridge; returns the unsubscribe. */
  attach(bridge: BridgeApi): () => void {
    return bridge.on('delta', (delta) => {
      for (const b of delta.detections ?? []) this.add(b);
    });
  }
}
