// Which open incidents lie in a ward: by its polygon when the map has one, else by the ward name on the incident.
import { isOpenStatus, type Incident } from '../../../../common/domain/incident';
import { containsPoint, type PolygonalGeometry } from '../../../../common/geodata/geometry';
import { foldText } from '../../../../common/text/fold';

export interface WardFeature {
  id?: string | number;
  properties?: { name?: unknown } | null;
  geometry?: PolygonalGeometry | null;
}

export function wardFeatures(wardAreas: unknown): WardFeature[] {
  const features = (wardAreas as { features?: unknown } | null)?.features;
  return Array.isArray(features) ? (features as WardFeature[]) : [];
}

export function openIncidentsInWard(incidents: Iterable<Incident>, name: string, feature: WardFeature | undefined): Incident[] {
  const folded = foldText(name);
  const out: Incident[] = [];
  for (const i of incidents) {
    if (!isOpenStatus(i.status)) continue;
    const inside = feature?.geometry ? containsPoint(feature.geometry, i.location.lon, i.location.lat) : foldText(i.ward) === folded;
    if (inside) out.push(i);
  }
  return out.sort((a, b) => a.priority - b.priority || b.createdMs - a.createdMs);
}

/** Open incidents per ward feature id (for the 3D extrusion); wards with none are absent. */
export function openCountsByWard(features: readonly WardFeature[], incidents: Iterable<Incident>): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  const open = [...incidents].filter((i) => isOpenStatus(i.status));
  for (const f of features) {
    if (f.id === undefined || !f.geometry) continue;
    let n = 0;
    for (const i of open) if (containsPoint(f.geometry, i.location.lon, i.location.lat)) n++;
    if (n) counts.set(f.id, n);
  }
  return counts;
}
