import type { MapContext } from '../../common/bridge/contract';
import { HANOI_BBOX } from '../../common/domain/geo';
import { wardCells } from '../../common/domain/ward-cells';
import type { DemoData } from '../../services/demo/demo-data';

/** What the map draws with no basemap: ward areas, major roads and water from the demo data. */
export function buildMapContext(demo: DemoData): MapContext {
  return {
    wards: demo.wards,
    wardAreas: wardCells(demo.wards, HANOI_BBOX),
    roads: demo.map.roads,
    water: demo.map.water,
  };
}
