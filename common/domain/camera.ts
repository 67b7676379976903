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
  /** Stable per object across a camera's batches (0 or absent = untracked). */
  trackId?: number;
}

/** Analytics alarm in a batch: a wall tile flashes for it. */
export interface AnalyticsAlarm {
  kind: 'intrusion' | 'flood' | 'congestion';
  zoneId: string;
  trackId: number;
  cls: string;
  severity: string;
  message: string;
  box?: DetectionBox;
}

/** frameMs: capture time of the analysed frame (ms since epoch); boxes are normalised 0..1. */
export interface DetectionBatch {
  cameraId: string;
  frameMs: number;
  detections: Detection[];
  /** Running vehicle counts per counting line and direction, e.g. { 'line-1': { eastbound: 12 } }. */
  counts?: Record<string, Record<string, number>>;
  alarms?: AnalyticsAlarm[];
  density?: { occupancy: number; level: string; meanSpeed: number; vehicles: number };
  floods?: { hotspotId: string; level: number; alarm: boolean }[];
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
