// Clicks (select, or place a picked location), hover cursor, Esc to cancel a pick, and fly-to on selection.
import type { GeoJSONSource, MapGeoJSONFeature, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Selection } from '../../../common/bridge/contract';
import { useBridge } from '../../app/bridge-context';
import { getConsoleStore, useConsole } from '../../app/store';
import { INCIDENT_SELECTED_LAYER_ID, selectedIncidentFilter } from './layers/incident-selected-layer';
import { CAMERAS_CLUSTER_LAYER_ID } from './layers/cameras-circle-layer';
import { INCIDENTS_LAYER_ID } from './layers/incidents-circle-layer';
import { selectedWardFilter, WARD_SELECTED_LAYER_ID } from './layers/ward-selected-layer';
import { setFocusedWard, useFocusedWard } from './map-focus';
import { selectedPoint } from './model/selected-point';
import { CAMERAS_SOURCE } from './sources';
import { SENSOR_POINT_LAYERS } from './layers/sensor-layers';

const CLICKABLE: { layer: string; kind: Selection['kind'] }[] = [
  { layer: INCIDENTS_LAYER_ID, kind: 'incident' },
  { layer: 'units-circle', kind: 'unit' },
  { layer: 'cameras-circle', kind: 'camera' },
  ...SENSOR_POINT_LAYERS.map((layer) => ({ layer, kind: 'sensor' as const })),
];
const HIT_PX = 6;
const FLY_MIN_ZOOM = 14;

export function useMapInteraction(map: MapLibreMap | null): void {
  const bridge = useBridge();
  const picking = useConsole((s) => s.locationPick?.state === 'requested');
  const selection = useConsole((s) => s.selection);
  const focusedWard = useFocusedWard();
  const pickingRef = useRef(picking);
  pickingRef.current = picking;

  useEffect(() => {
    if (!map) return;
    const onClick = (e: MapMouseEvent) => {
      if (pickingRef.current) {
        void bridge.pickLocation({ state: 'picked', point: { lat: e.lngLat.lat, lon: e.lngLat.lng } });
        return;
      }
      const { x, y } = e.point;
      const box: [[number, number], [number, number]] = [[x - HIT_PX, y - HIT_PX], [x + HIT_PX, y + HIT_PX]];
      for (const { layer, kind } of CLICKABLE) {
        const hit = map.queryRenderedFeatures(box, { layers: [layer] })[0];
        const id = hit?.properties?.id;
        if (typeof id === 'string') {
          void bridge.select({ selection: { kind, id } });
          return;
        }
      }
      const cluster = map.queryRenderedFeatures(box, { layers: [CAMERAS_CLUSTER_LAYER_ID] })[0];
      if (cluster) {
        void zoomIntoCluster(map, cluster);
        return;
      }
      const ward = map.queryRenderedFeatures(e.point, { layers: ['wards-fill'] })[0]?.properties?.name;
      setFocusedWard(typeof ward === 'string' ? ward : null);
    };
    const pointer = () => (map.getCanvas().style.cursor = pickingRef.current ? 'crosshair' : 'pointer');
    const plain = () => (map.getCanvas().style.cursor = pickingRef.current ? 'crosshair' : '');
    map.on('click', onClick);
    for (const { layer } of CLICKABLE) {
      map.on('mouseenter', layer, pointer);
      map.on('mouseleave', layer, plain);
    }
    return () => {
      map.off('click', onClick);
      for (const { layer } of CLICKABLE) {
        map.off('mouseenter', layer, pointer);
        map.off('mouseleave', layer, plain);
      }
    };
  }, [map, bridge]);

  useEffect(() => {
    if (map) map.getCanvas().style.cursor = picking ? 'crosshair' : '';
    if (!picking) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') void bridge.pickLocation({ state: 'cancelled' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [map, picking, bridge]);

  useEffect(() => {
    if (map?.getLayer(WARD_SELECTED_LAYER_ID)) map.setFilter(WARD_SELECTED_LAYER_ID, selectedWardFilter(focusedWard));
  }, [map, focusedWard]);

  // Fly only when the selection itself changes, not when the selected record is updated.
  useEffect(() => {
    if (!map) return;
    const incidentId = selection?.kind === 'incident' ? selection.id : null;
    map.setFilter(INCIDENT_SELECTED_LAYER_ID, selectedIncidentFilter(incidentId));
    const target = selection ? selectedPoint(getConsoleStore().getState(), selection) : null;
    if (target) map.flyTo({ center: [target.lon, target.lat], zoom: Math.max(map.getZoom(), FLY_MIN_ZOOM), duration: 800 });
  }, [map, selection]);
}

/** A click on a camera cluster zooms to where it splits. */
async function zoomIntoCluster(map: MapLibreMap, cluster: MapGeoJSONFeature): Promise<void> {
  const id = cluster.properties?.cluster_id;
  const source = map.getSource<GeoJSONSource>(CAMERAS_SOURCE);
  if (typeof id !== 'number' || !source || cluster.geometry.type !== 'Point') return;
  const zoom = await source.getClusterExpansionZoom(id);
  map.easeTo({ center: cluster.geometry.coordinates as [number, number], zoom, duration: 600 });
}
