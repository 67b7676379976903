import type { GeoPoint } from './geo';

export const CAMERA_STATUSES = ['online', 'offline', 'degraded'] as const;
export type CameraStatus = (typeof CAMERA_STATUSES)[number];

export interface Camera {
  id: string;
  name: string;
  location: GeoPoint;
  ward: string;
  status: CameraStatus;
  streamUrl: string;
  headingDeg: number;
  fovDeg: number;
  updatedMs: number;
  version: number;
  lastDetectionMs: number;
  lastCounts: Record<string, number>;
}

export interface DetectionBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Detection {
  cls: string;
  confidence: number;
  box: DetectionBox;
  /** Tracker id, stable across frames for the same object (absent when untracked). */
  trackId?: string;
}

export interface DetectionBatch {
  cameraId: string;
  frameMs: number;
  detections: Detection[];
}

export function isCameraStatus(value: unknown): value is CameraStatus {
  return typeof value === 'string' && (CAMERA_STATUSES as readonly string[]).includes(value);
}
