// Records → GeoJSON features for the live sources; properties are what layers and tests read.
import type { Camera } from '../../../../common/domain/camera';
import type { Incident } from '../../../../common/domain/incident';
import type { Unit } from '../../../../common/domain/unit';

export interface PointFeature<P> {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: P;
}

export interface FeatureCollection<P> {
  type: 'FeatureCollection';
  features: PointFeature<P>[];
}

function point<P>(id: string, lat: number, lon: number, properties: P): PointFeature<P> {
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties };
}

export function incidentFeatures(incidents: Iterable<Incident>) {
  const features = [];
  for (const i of incidents) {
    features.push(point(i.id, i.location.lat, i.location.lon, { id: i.id, priority: i.priority, status: i.status, type: i.type, ward: i.ward }));
  }
  return { type: 'FeatureCollection' as const, features };
}

export function unitFeatures(units: Iterable<Unit>) {
  const features = [];
  for (const u of units) {
    features.push(point(u.id, u.position.lat, u.position.lon, { id: u.id, agency: u.agency, status: u.status, callSign: u.callSign }));
  }
  return { type: 'FeatureCollection' as const, features };
}

export function cameraFeatures(cameras: Iterable<Camera>) {
  const features = [];
  for (const c of cameras) features.push(point(c.id, c.location.lat, c.location.lon, { id: c.id, status: c.status, name: c.name }));
  return { type: 'FeatureCollection' as const, features };
}

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

/** Map context layers come as `unknown` over the bridge; anything but a FeatureCollection draws nothing. */
export function asFeatureCollection(value: unknown): { type: 'FeatureCollection'; features: unknown[] } {
  const v = value as { type?: unknown; features?: unknown } | null;
  if (v && v.type === 'FeatureCollection' && Array.isArray(v.features)) return v as { type: 'FeatureCollection'; features: unknown[] };
  return { ...EMPTY, features: [] };
}
