// Camera search for the wall's side panel: id, name or ward, without diacritics. Pure.
import type { Camera } from '../../../../common/domain/camera';
import { foldText } from '../../../../common/text/fold';

export const SEARCH_LIMIT = 50;

/** Best first: exact id, id prefix, name/ward word prefix, then anywhere; ties by id. */
export function searchCameras(cameras: Iterable<Camera>, query: string, limit = SEARCH_LIMIT): Camera[] {
  const q = foldText(query);
  const all = [...cameras];
  if (!q) return all.sort((a, b) => a.id.localeCompare(b.id)).slice(0, limit);
  const scored: [number, Camera][] = [];
  for (const c of all) {
    const id = foldText(c.id);
    const name = foldText(c.name);
    const ward = foldText(c.ward);
    let score = -1;
    if (id === q) score = 0;
    else if (id.startsWith(q)) score = 1;
    else if (wordPrefix(name, q) || wordPrefix(ward, q)) score = 2;
    else if (id.includes(q) || name.includes(q) || ward.includes(q) || id.replace(/\D/g, '') === q.replace(/\D/g, '') && /\d/.test(q)) score = 3;
    if (score >= 0) scored.push([score, c]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].id.localeCompare(b[1].id));
  return scored.slice(0, limit).map(([, c]) => c);
}

function wordPrefix(text: string, q: string): boolean {
  return text.startsWith(q) || text.includes(` ${q}`);
}
