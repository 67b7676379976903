// The cameras inside the map's current view, at most `limit`: what street-zoom drawings (field-of-view
// wedges, 3D camera blocks) are computed for, so 300,000 registered cameras never become 300,000 shapes.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from '../../../common/domain/camera';

export function camerasInView(map: MapLibreMap, cameras: Iterable<Camera>, limit: number): Camera[] {
  const bounds = map.getBounds();
  const out: Camera[] = [];
  for (const c of cameras) {
    if (out.length >= limit) break;
    if (bounds.contains([c.location.lon, c.location.lat])) out.push(c);
  }
  return out;
}
