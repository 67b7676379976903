// Hover tooltip: the name of the topmost feature under the pointer (incident, unit, camera, place, ward).
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useState } from 'react';

export interface Tooltip {
  text: string;
  x: number;
  y: number;
}

/** Most specific first: a point on top of a ward names the point. */
const HOVER_LAYERS = [
  'incidents-circle',
  'units-circle',
  'cameras-circle',
  'poi-police-circle',
  'poi-health-circle',
  'poi-traffic-signals-circle',
  'poi-bus-stops-circle',
  'sensors-water-level-circle',
  'sensors-rain-circle',
  'sensors-pump-circle',
  'sensors-air-circle',
  'flood-risk-fill',
  'wards-fill',
];

export function tooltipText(properties: Record<string, unknown> | null | undefined): string | null {
  if (!properties) return null;
  const parts = [properties.callSign, properties.name, properties.id].filter((v): v is string => typeof v === 'string' && v.length > 0);
  return parts.length ? [...new Set(parts)].slice(0, 2).join(' · ') : null;
}

export function useHoverTooltip(map: MapLibreMap | null): Tooltip | null {
  const [tip, setTip] = useState<Tooltip | null>(null);
  useEffect(() => {
    if (!map) return;
    let frame = 0;
    let last: MapMouseEvent | null = null;
    const update = () => {
      frame = 0;
      if (!last) return;
      const layers = HOVER_LAYERS.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
      const hit = map.queryRenderedFeatures(last.point, { layers })[0];
      const text = tooltipText(hit?.properties);
      setTip(text ? { text, x: last.point.x, y: last.point.y } : null);
    };
    const onMove = (e: MapMouseEvent) => {
      last = e;
      frame ||= requestAnimationFrame(update);
    };
    const onOut = () => {
      last = null;
      setTip(null);
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
    };
  }, [map]);
  return tip;
}
