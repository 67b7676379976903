import type { GeoPoint } from './geo';

export const CAMERA_STATUSES = ['online', 'offline', 'degraded'] as const;
export type CameraStatus = (typeof CAMERA_STATUSES)[number];

export interface Camera extends CameraRegistryFields {
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
}

export interface DetectionBatch {
  cameraId: string;
  frameMs: number;
  detections: Detection[];
}

export function isCameraStatus(value: unknown): value is CameraStatus {
  return typeof value === 'string' && (CAMERA_STATUSES as readonly string[]).includes(value);
}

// Camera registry (issue 6): optional on Camera so records from older engines still fit.
export const CAMERA_KINDS = ['traffic', 'security', 'flood', 'school'] as const;
export type CameraKind = (typeof CAMERA_KINDS)[number];

export function isCameraKind(value: unknown): value is CameraKind {
  return typeof value === 'string' && (CAMERA_KINDS as readonly string[]).includes(value);
}

export interface CameraRegistryFields {
  kind?: CameraKind;
  tags?: string[];
  subStreamUrl?: string;
  /** When the camera last answered; 0 = never seen. */
  lastSeenMs?: number;
}
