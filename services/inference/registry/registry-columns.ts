// The indexed columns of a cameras row, derived from the stored record (proto shape) in one place.
import { foldText } from '../../../common/text/fold';

export interface IndexedCameraFields {
  id: string;
  name: string;
  ward: string;
  location: { lat: number; lon: number };
  kind?: string;
  tags?: string[];
  last_detection_ms?: number | string | { toString(): string };
}

/** Folded words the text search matches: id, name, ward and tags ("Hoàn Kiếm" → "hoan kiem"). */
export function searchTextOf(c: IndexedCameraFields): string {
  return foldText([c.id, c.name, c.ward, ...(c.tags ?? [])].join(' '));
}

export function registryColumns(c: IndexedCameraFields): { kind: string; lat: number; lon: number; search: string; lastDetectionMs: number } {
  return { kind: c.kind || 'traffic', lat: c.location.lat, lon: c.location.lon, search: searchTextOf(c), lastDetectionMs: Number(c.last_detection_ms) || 0 };
}
