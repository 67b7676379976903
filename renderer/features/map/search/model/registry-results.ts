// Cameras found in the engine's registry join the map search's results (the console holds only a working set).
import type { Camera } from '../../../../../common/domain/camera';
import { matchScore, MAX_RESULTS, type SearchResult } from './map-search';

/** Registry hits not already among the local results, scored like local cameras, merged and cut to MAX_RESULTS. */
export function withRegistryCameras(local: readonly SearchResult[], registry: readonly Camera[], query: string): SearchResult[] {
  if (local.some((r) => r.kind === 'coords')) return [...local];
  const have = new Set(local.filter((r) => r.kind === 'camera').map((r) => r.id));
  const extra: SearchResult[] = [];
  for (const c of registry) {
    if (have.has(c.id)) continue;
    have.add(c.id);
    // The engine matched it (by id, name, ward or tag): keep it even when the label itself scores 0.
    const score = Math.max(matchScore(c.id, query), matchScore(c.name, query) - 10, 20);
    extra.push({ kind: 'camera', id: c.id, label: `${c.id} · ${c.name}`, center: c.location, score });
  }
  return [...local, ...extra].sort((a, b) => b.score - a.score || a.label.localeCompare(b.label, 'vi')).slice(0, MAX_RESULTS);
}

/** Whether a query is worth asking the registry: at least two characters, not coordinates. */
export function registryQueryable(query: string, local: readonly SearchResult[]): boolean {
  return query.trim().length >= 2 && !local.some((r) => r.kind === 'coords');
}
