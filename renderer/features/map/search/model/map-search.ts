// Search over what the map shows: ward names (with or without diacritics), ids, call signs, "lat, lon".
import type { MapContext } from '../../../../../common/bridge/contract';
import type { Camera } from '../../../../../common/domain/camera';
import { parseLatLon, type GeoPoint } from '../../../../../common/domain/geo';
import type { Incident } from '../../../../../common/domain/incident';
import type { Unit } from '../../../../../common/domain/unit';
import { foldText } from '../../../../../common/text/fold';

export type SearchKind = 'ward' | 'incident' | 'camera' | 'unit' | 'coords';

export interface SearchResult {
  kind: SearchKind;
  id: string;
  label: string;
  center: GeoPoint;
  bbox?: [number, number, number, number];
  score: number;
}

export interface Searchable {
  mapContext: MapContext | null;
  incidents: ReadonlyMap<string, Incident>;
  cameras: ReadonlyMap<string, Camera>;
  units: ReadonlyMap<string, Unit>;
}

export const MAX_RESULTS = 8;
const WARD_PREFIXES = /^(phuong|xa|ward|commune) /;

/** 100 exact, 80 prefix, 60 a later word starts with it, 40 anywhere inside; 0 no match. */
export function matchScore(text: string, query: string): number {
  const t = foldText(text);
  const q = foldText(query);
  if (!q || !t) return 0;
  if (t === q) return 100;
  if (t.startsWith(q)) return 80;
  if (t.includes(` ${q}`)) return 60;
  return t.includes(q) ? 40 : 0;
}

export function searchMap(query: string, s: Searchable): SearchResult[] {
  const q = query.trim();
  if (!q) return [];
  const point = parseLatLon(q);
  if (point) return coordinateResult(point);
  const wardQuery = foldText(q).replace(WARD_PREFIXES, '');
  const out: SearchResult[] = [];
  for (const w of s.mapContext?.wards ?? []) {
    const score = Math.max(matchScore(w.name, wardQuery), matchScore(w.name, q));
    if (score) out.push({ kind: 'ward', id: w.name, label: w.name, center: w.center, bbox: w.bbox, score: score + 5 });
  }
  for (const i of s.incidents.values()) {
    const score = matchScore(i.id, q);
    if (score) out.push({ kind: 'incident', id: i.id, label: i.id, center: i.location, score });
  }
  for (const c of s.cameras.values()) {
    const score = Math.max(matchScore(c.id, q), matchScore(c.name, q) - 10);
    if (score > 0) out.push({ kind: 'camera', id: c.id, label: `${c.id} · ${c.name}`, center: c.location, score });
  }
  for (const u of s.units.values()) {
    const score = Math.max(matchScore(u.callSign, q), matchScore(u.id, q));
    if (score) out.push({ kind: 'unit', id: u.id, label: `${u.callSign} · ${u.id}`, center: u.position, score });
  }
  return out.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label, 'vi')).slice(0, MAX_RESULTS);
}

function coordinateResult(p: GeoPoint): SearchResult[] {
  let { lat, lon } = p;
  // "105.85, 21.03" is lon, lat: nobody means a latitude above 90.
  if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) [lat, lon] = [lon, lat];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return [];
  const label = `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
  return [{ kind: 'coords', id: label, label, center: { lat, lon }, score: 100 }];
}
