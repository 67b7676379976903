// Box-select: Shift+drag (or drag while the area tool is on) draws a box; everything inside it is listed
// in the side panel. The box is unprojected corner by corner, so a tilted or rotated map selects the
// ground it really shows. Esc clears. MapLibre's own Shift+drag box zoom is turned off for this.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { getConsoleStore } from '../../app/store';
import { setAreaSelection } from './area-selection';
import { selectArea } from './model/area-select';
import { AREA_SELECT_SOURCE } from './sources';

const MIN_BOX_PX = 5;

export type DragBox = { left: number; top: number; width: number; height: number };

export function useAreaSelect(map: MapLibreMap | null): { tool: boolean; toggleTool: () => void; box: DragBox | null } {
  const [tool, setTool] = useState(false);
  const [box, setBox] = useState<DragBox | null>(null);
  const toolRef = useRef(tool);
  toolRef.current = tool;

  useEffect(() => {
    if (!map) return;
    map.boxZoom.disable();
    const canvas = map.getCanvasContainer();
    let start: { x: number; y: number } | null = null;
    const local = (e: MouseEvent) => {
      const r = canvas.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const rect = (a: { x: number; y: number }, b: { x: number; y: number }): DragBox => ({
      left: Math.min(a.x, b.x),
      top: Math.min(a.y, b.y),
      width: Math.abs(a.x - b.x),
      height: Math.abs(a.y - b.y),
    });
    const onMove = (e: MouseEvent) => {
      if (start) setBox(rect(start, local(e)));
    };
    const onUp = (e: MouseEvent) => {
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
      map.dragPan.enable();
      const from = start;
      start = null;
      setBox(null);
      if (!from) return;
      const r = rect(from, local(e));
      if (r.width < MIN_BOX_PX || r.height < MIN_BOX_PX) return;
      // The drag ends with a DOM click on the map; it must not also select or focus what is under it.
      const swallow = (c: MouseEvent) => c.stopPropagation();
      canvas.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => canvas.removeEventListener('click', swallow, { capture: true }), 0);
      const corners = [
        [r.left, r.top],
        [r.left + r.width, r.top],
        [r.left + r.width, r.top + r.height],
        [r.left, r.top + r.height],
      ].map(([x, y]) => map.unproject([x, y]));
      const ring = corners.map((c) => [c.lng, c.lat] as [number, number]);
      const s = getConsoleStore().getState();
      setAreaSelection(selectArea(ring, { incidents: s.incidents.values(), units: s.units.values(), cameras: s.cameras.values() }));
      setTool(false);
    };
    const onDown = (e: MouseEvent) => {
      if (e.button !== 0 || !(e.shiftKey || toolRef.current)) return;
      e.preventDefault();
      e.stopPropagation();
      map.dragPan.disable();
      start = local(e);
      window.addEventListener('mousemove', onMove);
      window.addEventListener('mouseup', onUp);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setAreaSelection(null);
      setTool(false);
    };
    canvas.addEventListener('mousedown', onDown, true);
    window.addEventListener('keydown', onKey);
    return () => {
      canvas.removeEventListener('mousedown', onDown, true);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
    };
  }, [map]);

  return { tool, toggleTool: () => setTool((v) => !v), box };
}

/** Keeps the drawn area outlined on the ground while it is selected. */
export function outlineArea(map: MapLibreMap | null, ring: [number, number][] | null): void {
  const source = map?.getSource<GeoJSONSource>(AREA_SELECT_SOURCE);
  if (!source) return;
  source.setData({
    type: 'FeatureCollection',
    features: ring ? [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [...ring, ring[0]] } }] : [],
  });
}
