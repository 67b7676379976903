// The map context windows draw: the demo's, with every imported layer in place of its demo counterpart.
import type { MapContext } from '../../common/bridge/contract';
import { GEO_LAYER_KIND, type GeoLayerId } from '../../common/geodata/geo-layers';
import { bboxOf, labelPoint } from '../../common/geodata/geometry';
import type { StoredLayer } from './geo-store';

const collection = (layer: StoredLayer) => ({ type: 'FeatureCollection' as const, features: layer.features });

export function withImportedLayers(base: MapContext, layers: ReadonlyMap<GeoLayerId, StoredLayer>, operator?: string): MapContext {
  const ctx: MapContext = { ...base, points: {}, lines: {}, imported: [...layers.values()].map((l) => ({ ...l.info })), operator };
  const wards = layers.get('wards');
  if (wards) {
    // Imported polygons replace the demo's nearest-centre cells, and their names become the ward list.
    ctx.wardAreas = collection(wards);
    ctx.wards = wards.features.map((f) => {
      const c = labelPoint(f.geometry);
      return { name: String(f.properties.name), center: { lat: c.lat, lon: c.lon }, bbox: bboxOf(f.geometry) };
    });
  }
  const roads = layers.get('roads');
  if (roads) ctx.roads = collection(roads);
  const water = layers.get('water');
  if (water) ctx.water = collection(water);
  const boundary = layers.get('boundary');
  if (boundary) ctx.boundary = collection(boundary);
  for (const [id, layer] of layers) {
    if (GEO_LAYER_KIND[id] === 'point') ctx.points![id] = collection(layer);
    if (GEO_LAYER_KIND[id] === 'line' && id !== 'roads') ctx.lines![id] = collection(layer);
  }
  return ctx;
}
