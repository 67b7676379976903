// Which tiles flash: a camera with a fresh alert on it, or an alarm-kind detection. Pure.
import type { Alert } from '../../../../common/domain/alert';
import type { DetectionBatch } from '../../../../common/domain/camera';

/** Detection classes that raise an alarm on the wall (the analytics report them; see inference.proto). */
export const ALARM_CLASSES: ReadonlySet<string> = new Set(['fire', 'smoke', 'flood', 'intrusion', 'accident']);
/** A tile keeps flashing this long after the alarm's last sign. */
export const ALARM_HOLD_MS = 30_000;

export interface CameraAlarm {
  /** The alert id or the detection class that raised it. */
  reason: string;
  kind: 'alert' | 'detection';
  atMs: number;
}

export function cameraAlarms(alerts: Iterable<Alert>, batches: Iterable<DetectionBatch>, nowMs: number): Map<string, CameraAlarm> {
  const out = new Map<string, CameraAlarm>();
  const keep = (cameraId: string, a: CameraAlarm) => {
    const held = out.get(cameraId);
    if (!held || held.atMs < a.atMs) out.set(cameraId, a);
  };
  for (const a of alerts) {
    if (a.assetKind !== 'camera' || !a.assetId || a.status === 'closed' || nowMs - a.lastSeenMs > ALARM_HOLD_MS) continue;
    keep(a.assetId, { reason: a.id, kind: 'alert', atMs: a.lastSeenMs });
  }
  for (const b of batches) {
    if (nowMs - b.frameMs > ALARM_HOLD_MS) continue;
    const hit = b.detections.find((d) => ALARM_CLASSES.has(d.cls));
    if (hit) keep(b.cameraId, { reason: hit.cls, kind: 'detection', atMs: b.frameMs });
  }
  return out;
}
