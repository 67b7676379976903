// Box-select: which incidents, units and cameras lie inside an area drawn on the map. The area is the
// unprojected screen box (a quadrilateral when the map is tilted or rotated), tested against the store's
// records rather than rendered features, so clustered cameras are counted one by one.
import type { GeoPoint } from '../../../../common/domain/geo';
import { pointInRing, ringBounds } from './geo-math';

export interface AreaItem {
  kind: 'incident' | 'unit' | 'camera';
  id: string;
  /** Call sign or camera name; empty for incidents (the window names their type and priority). */
  label: string;
  priority?: number;
  type?: string;
}

export interface AreaSelection {
  ring: [number, number][];
  counts: Record<AreaItem['kind'], number>;
  /** At most `limit` items per kind, in input order. */
  items: AreaItem[];
}

export interface AreaSources {
  incidents: Iterable<{ id: string; location: GeoPoint; type: string; priority: number; status: string }>;
  units: Iterable<{ id: string; position: GeoPoint; callSign: string }>;
  cameras: Iterable<{ id: string; location: GeoPoint; name: string }>;
}

const CLOSED = new Set(['resolved', 'closed', 'cancelled', 'merged']);

export function selectArea(ring: [number, number][], sources: AreaSources, limit = 200): AreaSelection {
  const [w, s, e, n] = ringBounds(ring);
  const inside = (p: GeoPoint) => p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n && pointInRing(ring, p);
  const counts = { incident: 0, unit: 0, camera: 0 };
  const items: AreaItem[] = [];
  const take = (item: AreaItem) => {
    counts[item.kind] += 1;
    if (counts[item.kind] <= limit) items.push(item);
  };
  for (const i of sources.incidents) if (!CLOSED.has(i.status) && inside(i.location)) take({ kind: 'incident', id: i.id, label: '', priority: i.priority, type: i.type });
  for (const u of sources.units) if (inside(u.position)) take({ kind: 'unit', id: u.id, label: u.callSign });
  for (const c of sources.cameras) if (inside(c.location)) take({ kind: 'camera', id: c.id, label: c.name });
  return { ring, counts, items };
}
