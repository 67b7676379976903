// Which cameras see a point: position, heading and field of view decide; distance ranks. Pure.
import type { Camera } from '../domain/camera';
import { distanceMeters, type GeoPoint } from '../domain/geo';

/** How far a city camera resolves a scene well enough to be worth a tile (street cameras: ~300–500 m). */
export const DEFAULT_VIEW_RANGE_M = 400;
/** Closer than this the camera sees the point whatever its heading (it is at the scene). */
export const AT_SCENE_M = 15;

/** Compass bearing from a to b in degrees, 0 = north, clockwise, in [0, 360). */
export function bearingDeg(a: GeoPoint, b: GeoPoint): number {
  const r = Math.PI / 180;
  const y = Math.sin((b.lon - a.lon) * r) * Math.cos(b.lat * r);
  const x = Math.cos(a.lat * r) * Math.sin(b.lat * r) - Math.sin(a.lat * r) * Math.cos(b.lat * r) * Math.cos((b.lon - a.lon) * r);
  return ((Math.atan2(y, x) / r) % 360 + 360) % 360;
}

/** Smallest angle between two compass directions, in [0, 180]. */
export function angleBetweenDeg(a: number, b: number): number {
  const d = Math.abs((((a - b) % 360) + 360) % 360);
  return d > 180 ? 360 - d : d;
}

export interface CameraSight {
  camera: Camera;
  distanceM: number;
  /** Angle between the camera's heading and the point, degrees. */
  offAxisDeg: number;
}

export interface SightOptions {
  rangeM?: number;
  /** Offline cameras cannot show anything; they are left out unless asked for. */
  includeOffline?: boolean;
}

/** Does the camera see the point: within range and inside its field of view (heading ± fov/2)? */
export function sightOf(camera: Camera, point: GeoPoint, rangeM = DEFAULT_VIEW_RANGE_M): CameraSight | null {
  const distanceM = distanceMeters(camera.location, point);
  if (distanceM > rangeM) return null;
  const offAxisDeg = distanceM <= AT_SCENE_M ? 0 : angleBetweenDeg(bearingDeg(camera.location, point), camera.headingDeg);
  const halfFov = Math.min(180, Math.max(0, camera.fovDeg) / 2);
  if (offAxisDeg > halfFov) return null;
  return { camera, distanceM, offAxisDeg };
}

/** The cameras that see the point, nearest first (ties: the one looking more straight at it), at most k. */
export function camerasSeeing(point: GeoPoint, cameras: Iterable<Camera>, k: number, opts: SightOptions = {}): CameraSight[] {
  const out: CameraSight[] = [];
  for (const c of cameras) {
    if (!opts.includeOffline && c.status === 'offline') continue;
    const s = sightOf(c, point, opts.rangeM);
    if (s) out.push(s);
  }
  out.sort((a, b) => a.distanceM - b.distanceM || a.offAxisDeg - b.offAxisDeg || a.camera.id.localeCompare(b.camera.id));
  return out.slice(0, Math.max(0, k));
}
