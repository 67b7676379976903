import type { AnalyticsAlarm, Camera, CameraKind, CameraStatus, DetectionBatch } from '../../common/domain/camera';
import type { Camera__Output } from '../gen/watchfloor/inference/v1/Camera';
import type { DetectionBatch__Output } from '../gen/watchfloor/inference/v1/DetectionBatch';

export function cameraFromWire(w: Camera__Output): Camera {
  return {
    id: w.id,
    name: w.name,
    location: { lat: w.location?.lat ?? 0, lon: w.location?.lon ?? 0 },
    ward: w.ward,
    status: w.status as CameraStatus,
    streamUrl: w.stream_url,
    headingDeg: w.heading_deg,
    fovDeg: w.fov_deg,
    updatedMs: Number(w.updated_ms),
    version: w.version,
    lastDetectionMs: Number(w.last_detection_ms),
    lastCounts: { ...w.last_counts },
    kind: (w.kind || 'traffic') as CameraKind,
    tags: [...(w.tags ?? [])],
    subStreamUrl: w.sub_stream_url ?? '',
    lastSeenMs: Number(w.last_seen_ms ?? 0),
  };
}

export function detectionsFromWire(w: DetectionBatch__Output): DetectionBatch {
  return {
    cameraId: w.camera_id,
    frameMs: Number(w.frame_ms),
    detections: w.detections.map((d) => ({ cls: d.cls, confidence: d.confidence, box: { x: d.box?.x ?? 0, y: d.box?.y ?? 0, w: d.box?.w ?? 0, h: d.box?.h ?? 0 }, ...(d.track_id ? { trackId: d.track_id } : {}) })),
    ...analyticsFromWire(w),
  };
}

/** The analytics parts of a batch (absent when a producer sent boxes only). */
function analyticsFromWire(w: DetectionBatch__Output): Partial<DetectionBatch> {
  const out: Partial<DetectionBatch> = {};
  if (w.counts?.length) {
    const counts: Record<string, Record<string, number>> = {};
    for (const c of w.counts) (counts[c.line_id] ??= {})[c.direction] = Number(c.count);
    out.counts = counts;
  }
  if (w.alarms?.length) {
    out.alarms = w.alarms.map((a) => ({
      kind: a.kind as AnalyticsAlarm['kind'],
      zoneId: a.zone_id,
      trackId: a.track_id,
      cls: a.cls,
      severity: a.severity,
      message: a.message,
      ...(a.box ? { box: { x: a.box.x, y: a.box.y, w: a.box.w, h: a.box.h } } : {}),
    }));
  }
  if (w.density) out.density = { occupancy: w.density.occupancy, level: w.density.level, meanSpeed: w.density.mean_speed, vehicles: w.density.vehicles };
  if (w.floods?.length) out.floods = w.floods.map((f) => ({ hotspotId: f.hotspot_id, level: f.level, alarm: f.alarm }));
  return out;
}
