import type { MapContext } from '../../common/bridge/contract';
import { HANOI_BBOX } from '../../common/domain/geo';
import { wardCells } from '../../common/domain/ward-cells';
import type { DemoData } from '../../services/demo/demo-data';

/** What the map draws with no basemap: ward areas, major roads and water from the demo data. */
export function buildMapContext(demo: DemoData): MapContext {
  const box = { minLat: HANOI_BBOX.minLat + 0.35, maxLat: HANOI_BBOX.maxLat - 0.27, minLon: HANOI_BBOX.minLon + 0.4, maxLon: HANOI_BBOX.maxLon - 0.07 };
  return {
    wards: demo.wards,
    wardAreas: wardCells(demo.wards, box),
    roads: demo.map.roads,
    water: demo.map.water,
  };
}
