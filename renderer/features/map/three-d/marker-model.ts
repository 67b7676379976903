// What the 3D layer draws, as plain numbers: one entry per beacon/unit/camera with its local position
// (metres east/north of an origin), size in metres for the current zoom, heading and colour.
// Pure, so it is unit-tested without WebGL; the three.js layer only copies these into instance matrices.
import type { Camera } from '../../../../common/domain/camera';
import type { GeoPoint } from '../../../../common/domain/geo';
import type { Incident } from '../../../../common/domain/incident';
import type { Unit } from '../../../../common/domain/unit';
import { AGENCY_COLORS, CAMERA_COLORS, PRIORITY_COLORS } from '../model/colors';
import { metersPerPixel, offsetMetres } from '../model/geo-math';

export interface MarkerInstance {
  id: string;
  east: number;
  north: number;
  /** Width of the marker, metres. */
  size: number;
  /** Height (beacons) or elevation (units, cameras), metres. */
  height: number;
  headingDeg: number;
  color: string;
}

export interface MarkerModel {
  beacons: MarkerInstance[];
  units: MarkerInstance[];
  cameras: MarkerInstance[];
}

/** Beacon height on screen by priority: a P1 stands out from across the city. */
export const BEACON_HEIGHT_PX: Record<1 | 2 | 3 | 4, number> = { 1: 140, 2: 95, 3: 60, 4: 40 };
const BEACON_WIDTH_PX = 7;
const UNIT_SIZE_PX = 16;
const CAMERA_SIZE_PX = 7;
const OPEN = new Set(['new', 'verified', 'dispatched', 'en_route', 'on_scene']);
/** Cameras are drawn in 3D only at street zoom, and only those in view (300,000 by 2030). */
export const CAMERA_MIN_ZOOM = 15;
export const MAX_CAMERAS_3D = 1500;

export interface MarkerInput {
  origin: GeoPoint;
  zoom: number;
  incidents: Iterable<Incident>;
  units: Iterable<Unit>;
  /** Cameras already cut to the view by the caller. */
  cameras: Iterable<Camera>;
}

export function markerModel({ origin, zoom, incidents, units, cameras }: MarkerInput): MarkerModel {
  const mpp = metersPerPixel(origin.lat, zoom);
  const beacons: MarkerInstance[] = [];
  for (const i of incidents) {
    if (!OPEN.has(i.status)) continue;
    const p = clampPriority(i.priority);
    beacons.push({ id: i.id, ...offsetMetres(origin, i.location), size: BEACON_WIDTH_PX * mpp, height: BEACON_HEIGHT_PX[p] * mpp, headingDeg: 0, color: PRIORITY_COLORS[p] });
  }
  const unitMarkers: MarkerInstance[] = [];
  for (const u of units) {
    if (u.status === 'out_of_service') continue;
    unitMarkers.push({ id: u.id, ...offsetMetres(origin, u.position), size: UNIT_SIZE_PX * mpp, height: 6 * mpp, headingDeg: u.headingDeg || 0, color: AGENCY_COLORS[u.agency] ?? '#ffffff' });
  }
  const cameraMarkers: MarkerInstance[] = [];
  if (zoom >= CAMERA_MIN_ZOOM) {
    for (const c of cameras) {
      if (cameraMarkers.length >= MAX_CAMERAS_3D) break;
      cameraMarkers.push({ id: c.id, ...offsetMetres(origin, c.location), size: CAMERA_SIZE_PX * mpp, height: 14 * mpp, headingDeg: c.headingDeg || 0, color: CAMERA_COLORS[c.status] });
    }
  }
  return { beacons, units: unitMarkers, cameras: cameraMarkers };
}

function clampPriority(p: number): 1 | 2 | 3 | 4 {
  return p <= 1 ? 1 : p >= 4 ? 4 : (Math.round(p) as 2 | 3);
}
