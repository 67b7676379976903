// Ward names as HTML markers (the offline style has no glyphs); shown only when zoomed in.
import * as maplibregl from 'maplibre-gl';
import { useEffect } from 'react';
import { useConsole } from '../../app/store';

export const WARD_LABEL_MIN_ZOOM = 12.5;

export function useWardLabels(map: maplibregl.Map | null): void {
  const context = useConsole((s) => s.mapContext);
  useEffect(() => {
    if (!map || !context) return;
    const markers = context.wards.map((w) => {
      const el = document.createElement('div');
      el.className = 'ward-label';
      el.textContent = w.name;
      return new maplibregl.Marker({ element: el }).setLngLat([w.center.lon, w.center.lat]).addTo(map);
    });
    const container = map.getContainer();
    const toggle = () => container.classList.toggle('show-ward-labels', map.getZoom() >= WARD_LABEL_MIN_ZOOM);
    toggle();
    map.on('zoomend', toggle);
    return () => {
      map.off('zoomend', toggle);
      for (const m of markers) m.remove();
    };
  }, [map, context]);
}
