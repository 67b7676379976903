// The area an operator can download: the visible map or a ward's bounding box.
import type { Map as MapLibreMap } from 'maplibre-gl';

export type Bbox = [number, number, number, number];

export function visibleBbox(map: MapLibreMap): Bbox {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

export function formatMb(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb < 1 ? mb.toFixed(2) : mb < 10 ? mb.toFixed(1) : String(Math.round(mb));
}
