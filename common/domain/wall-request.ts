import type { WallRequest } from '../bridge/contract';
import { invalid, ok, type Result } from '../result';
import { distanceMeters, type GeoPoint } from './geo';

/** At most a 4×4 wall's worth of cameras per request. */
export const MAX_WALL_CAMERAS = 16;
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;

export function validateWallRequest(input: unknown): Result<WallRequest> {
  const a = input as { cameraIds?: unknown; incidentId?: unknown } | null;
  if (!a || typeof a !== 'object') return invalid('input', 'Show on wall: expected an object', 'error.notObject');
  const ids = a.cameraIds;
  if (!Array.isArray(ids) || ids.length === 0) return invalid('cameraIds', 'cameraIds must list at least one camera', 'error.noCameras');
  if (ids.length > MAX_WALL_CAMERAS) return invalid('cameraIds', `at most ${MAX_WALL_CAMERAS} cameras, got ${ids.length}`, 'error.noCameras');
  for (let i = 0; i < ids.length; i++) {
    if (typeof ids[i] !== 'string' || !ID.test(ids[i] as string)) return invalid(`cameraIds[${i}]`, `cameraIds[${i}] ${JSON.stringify(ids[i]).slice(0, 80)} is not a camera id`, 'error.idRequired', { field: `cameraIds[${i}]` });
  }
  if (a.incidentId !== undefined && (typeof a.incidentId !== 'string' || !ID.test(a.incidentId))) {
    return invalid('incidentId', `incidentId ${JSON.stringify(a.incidentId).slice(0, 80)} is not an incident id`, 'error.idRequired', { field: 'incidentId' });
  }
  return ok({ cameraIds: [...new Set(ids as string[])], ...(a.incidentId ? { incidentId: a.incidentId as string } : {}) });
}

/** The cameras within radiusM of a point, nearest first, at most `max` (the SOP's "open cameras"). */
export function nearestCameras<C extends { id: string; location: GeoPoint }>(cameras: Iterable<C>, at: GeoPoint, radiusM: number, max: number): (C & { distanceM: number })[] {
  const out: (C & { distanceM: number })[] = [];
  for (const c of cameras) {
    const d = distanceMeters(c.location, at);
    if (d <= radiusM) out.push({ ...c, distanceM: d });
  }
  return out.sort((x, y) => x.distanceM - y.distanceM || x.id.localeCompare(y.id)).slice(0, max);
}
