// Moved or changed units as a GeoJSON source diff (updateData), so a 1 Hz AVL tick never re-sends every unit.
import type { Unit } from '../../../../common/domain/unit';
import { unitFeatures } from './to-geojson';

type Feature = ReturnType<typeof unitFeatures>['features'][number];

export interface UnitDiff {
  add: Feature[];
  update: { id: string; newGeometry: Feature['geometry']; addOrUpdateProperties: { key: string; value: unknown }[] }[];
}

/** Units not yet in the source are added; known ones get their position and drawn properties updated. */
export function unitDiff(changed: readonly Unit[], known: Set<string>): UnitDiff {
  const diff: UnitDiff = { add: [], update: [] };
  for (const f of unitFeatures(changed).features) {
    if (!known.has(f.id)) {
      known.add(f.id);
      diff.add.push(f);
      continue;
    }
    const addOrUpdateProperties = Object.entries(f.properties).map(([key, value]) => ({ key, value }));
    diff.update.push({ id: f.id, newGeometry: f.geometry, addOrUpdateProperties });
  }
  return diff;
}
