// Where the wall finds cameras. Today: the cameras this window already holds (the console's registry
// mirror). SWITCH POINT for the 300k-camera registry (branch registry): when the bridge has
// searchCameras / nearestCameras, make findCameras call bridge.searchCameras({query, limit}) and
// camerasAround call bridge.nearestCameras({point, k, maxDistanceM}); callers already await both.
import type { Camera } from '../../../common/domain/camera';
import type { GeoPoint } from '../../../common/domain/geo';
import { distanceMeters } from '../../../common/domain/geo';
import { searchCameras, SEARCH_LIMIT } from './model/camera-search';

export async function findCameras(query: string, local: Iterable<Camera>, limit = SEARCH_LIMIT): Promise<Camera[]> {
  return searchCameras(local, query, limit);
}

/** Candidates for "which cameras see this point": the cameras within rangeM of it. */
export async function camerasAround(point: GeoPoint, rangeM: number, local: Iterable<Camera>): Promise<Camera[]> {
  return [...local].filter((c) => distanceMeters(c.location, point) <= rangeM);
}
