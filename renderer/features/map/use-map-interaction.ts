// Clicks (select, or place a picked location), hover cursor, Esc to cancel a pick, and fly-to on selection.
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Selection } from '../../../common/bridge/contract';
import { useBridge } from '../../app/bridge-context';
import { getConsoleStore, useConsole } from '../../app/store';
import { INCIDENT_SELECTED_LAYER_ID, selectedIncidentFilter } from './layers/incident-selected-layer';
import { INCIDENTS_LAYER_ID } from './layers/incidents-circle-layer';
import { selectedPoint } from './model/selected-point';

const CLICKABLE: { layer: string; kind: Selection['kind'] }[] = [
  { layer: INCIDENTS_LAYER_ID, kind: 'incident' },
  { layer: 'units-circle', kind: 'unit' },
  { layer: 'cameras-circle', kind: 'camera' },
];
const HIT_PX = 6;
const FLY_MIN_ZOOM = 14;

export function useMapInteraction(map: MapLibreMap | null): void {
  const bridge = useBridge();
  const picking = useConsole((s) => s.locationPick?.state === 'requested');
  const selection = useConsole((s) => s.selection);
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

  // Fly only when the selection itself changes, not when the selected record is updated.
  useEffect(() => {
    if (!map) return;
    const incidentId = selection?.kind === 'incident' ? selection.id : null;
    map.setFilter(INCIDENT_SELECTED_LAYER_ID, selectedIncidentFilter(incidentId));
    const target = selection ? selectedPoint(getConsoleStore().getState(), selection) : null;
    if (target) map.flyTo({ center: [target.lon, target.lat], zoom: Math.max(map.getZoom(), FLY_MIN_ZOOM), duration: 800 });
  }, [map, selection]);
}
