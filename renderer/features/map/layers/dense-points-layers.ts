// Level of detail for dense point layers (300k cameras, 100k sensors): clustered sources, so a
// city-wide view draws a few hundred cluster discs and single points appear only when zoomed in.
import type { CircleLayerSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';

/** Above this zoom every point is drawn on its own. */
export const DENSE_CLUSTER_MAX_ZOOM = 14;
export const DENSE_CLUSTER_RADIUS_PX = 60;

export function clusteredSource(data: GeoJSONSourceSpecification['data']): GeoJSONSourceSpecification {
  return { type: 'geojson', data, cluster: true, clusterRadius: DENSE_CLUSTER_RADIUS_PX, clusterMaxZoom: DENSE_CLUSTER_MAX_ZOOM, promoteId: 'id' };
}

/** A disc per cluster, sized by how many points it holds, then the unclustered points. */
export type CircleColor = NonNullable<CircleLayerSpecification['paint']>['circle-color'];

export function densePointLayers(id: string, source: string, color: CircleColor): CircleLayerSpecification[] {
  return [
    {
      id: `${id}-clusters`,
      type: 'circle',
      source,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': color,
        'circle-opacity': 0.55,
        'circle-radius': ['step', ['get', 'point_count'], 6, 100, 10, 1000, 15, 10000, 22],
        'circle-stroke-color': '#0b1220',
        'circle-stroke-width': 1,
      },
    },
    {
      id: `${id}-points`,
      type: 'circle',
      source,
      filter: ['!', ['has', 'point_count']],
      paint: { 'circle-color': color, 'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 2, 16, 5], 'circle-stroke-color': '#0b1220', 'circle-stroke-width': 0.5 },
    },
  ];
}
