// A camera's field of view as a wedge polygon on the ground: apex at the camera, opening `fovDeg`
// around `headingDeg`, reaching `rangeM`. Drawn at street zoom so an operator sees what each camera sees.
import type { Feature, Polygon } from 'geojson';
import type { Camera } from '../../../../common/domain/camera';
import { destination } from './geo-math';

export const FOV_RANGE_M = 90;
const ARC_STEPS = 10;

export function fovWedge(camera: Pick<Camera, 'id' | 'status' | 'location' | 'headingDeg' | 'fovDeg'>, rangeM = FOV_RANGE_M): Feature<Polygon> | null {
  const fov = camera.fovDeg;
  if (!(fov > 0) || !Number.isFinite(camera.headingDeg)) return null;
  const span = Math.min(fov, 359);
  const apex: [number, number] = [camera.location.lon, camera.location.lat];
  const ring: [number, number][] = [apex];
  for (let i = 0; i <= ARC_STEPS; i++) {
    const bearing = camera.headingDeg - span / 2 + (span * i) / ARC_STEPS;
    const p = destination(camera.location, bearing, rangeM);
    ring.push([p.lon, p.lat]);
  }
  ring.push(apex);
  return { type: 'Feature', id: camera.id, properties: { id: camera.id, status: camera.status }, geometry: { type: 'Polygon', coordinates: [ring] } };
}
