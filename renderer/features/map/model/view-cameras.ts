// Cameras in view at street zoom come from the engine's registry (300,000 by 2030), not only from the
// console's working set: the map asks for the box it shows and draws those beside the ones it holds.
import type { Camera } from '../../../../common/domain/camera';
import type { GeoBox } from '../../../../common/domain/camera-registry';

/** From this zoom (a few streets across) the map asks the registry for the cameras in view. */
export const REGISTRY_VIEW_MIN_ZOOM = 15;
/** One page of the registry per view: a street-zoom view holds far fewer in any real city. */
export const REGISTRY_VIEW_LIMIT = 500;

/** The box to ask the registry for, or null below street zoom (clusters from the working set then). */
export function registryViewBox(zoom: number, west: number, south: number, east: number, north: number): GeoBox | null {
  if (!(zoom >= REGISTRY_VIEW_MIN_ZOOM)) return null;
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  const box = { minLat: clamp(south, -90, 90), maxLat: clamp(north, -90, 90), minLon: clamp(west, -180, 180), maxLon: clamp(east, -180, 180) };
  return box.minLat <= box.maxLat && box.minLon <= box.maxLon ? box : null;
}

/**
 * What the camera layer draws: every camera the console holds (live, possibly newer), then the
 * registry's cameras in view that it does not hold.
 */
export function withViewCameras(held: ReadonlyMap<string, Camera>, inView: readonly Camera[]): Camera[] {
  const out = [...held.values()];
  for (const c of inView) if (!held.has(c.id)) out.push(c);
  return out;
}
