// Keeps the map's GeoJSON sources in step with the store (batched per animation frame).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import { useConsole } from '../../app/store';
import { asFeatureCollection, cameraFeatures, incidentFeatures, unitFeatures } from './model/to-geojson';
import { SourceSync } from './source-sync';
import { CAMERAS_SOURCE, INCIDENTS_SOURCE, ROADS_SOURCE, UNITS_SOURCE, WARD_AREAS_SOURCE, WATER_SOURCE } from './sources';

export function useMapData(map: MapLibreMap | null): void {
  const incidents = useConsole((s) => s.incidents);
  const units = useConsole((s) => s.units);
  const cameras = useConsole((s) => s.cameras);
  const context = useConsole((s) => s.mapContext);
  const sync = useMemo(() => (map ? new SourceSync(map) : null), [map]);

  useEffect(() => () => sync?.dispose(), [sync]);
  useEffect(() => {
    if (!sync || !context) return;
    sync.schedule(WARD_AREAS_SOURCE, () => asFeatureCollection(context.wardAreas));
    sync.schedule(ROADS_SOURCE, () => asFeatureCollection(context.roads));
    sync.schedule(WATER_SOURCE, () => asFeatureCollection(context.water));
  }, [sync, context]);
  useEffect(() => sync?.schedule(INCIDENTS_SOURCE, () => incidentFeatures(incidents.values())), [sync, incidents]);
  useEffect(() => sync?.schedule(UNITS_SOURCE, () => unitFeatures(units.values())), [sync, units]);
  useEffect(() => sync?.schedule(CAMERAS_SOURCE, () => cameraFeatures(cameras.values())), [sync, cameras]);
}
