// Keeps the map's GeoJSON sources in step with the store (batched per animation frame).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import { useConsole } from '../../app/store';
import { asFeatureCollection, incidentFeatures } from './model/to-geojson';
import { SourceSync } from './source-sync';
import { BOUNDARY_SOURCE, BUS_ROUTES_SOURCE, INCIDENTS_SOURCE, POI_SOURCES, ROADS_SOURCE, WARD_AREAS_SOURCE, WATER_SOURCE, type PoiSourceId } from './sources';
import { useLiveSources } from './use-live-sources';
import { useSensorSources } from './sensors/use-sensor-sources';

export function useMapData(map: MapLibreMap | null): void {
  const incidents = useConsole((s) => s.incidents);
  const context = useConsole((s) => s.mapContext);
  const sync = useMemo(() => (map ? new SourceSync(map) : null), [map]);

  useEffect(() => () => sync?.dispose(), [sync]);
  useEffect(() => {
    if (!sync || !context) return;
    sync.schedule(WARD_AREAS_SOURCE, () => asFeatureCollection(context.wardAreas));
    sync.schedule(ROADS_SOURCE, () => asFeatureCollection(context.roads));
    sync.schedule(WATER_SOURCE, () => asFeatureCollection(context.water));
    sync.schedule(BOUNDARY_SOURCE, () => asFeatureCollection(context.boundary));
    sync.schedule(BUS_ROUTES_SOURCE, () => asFeatureCollection(context.lines?.busRoutes));
    for (const [source, layer] of Object.entries(POI_SOURCES)) sync.schedule(source as PoiSourceId, () => asFeatureCollection(context.points?.[layer]));
  }, [sync, context]);
  useEffect(() => sync?.schedule(INCIDENTS_SOURCE, () => incidentFeatures(incidents.values())), [sync, incidents]);
  useLiveSources(map, sync);
  useSensorSources(map);
}
