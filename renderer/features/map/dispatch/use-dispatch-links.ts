// Draws en-route units' routes, incident → unit lines and ETA labels on the map. The source and
// layers are added here (below the unit dots) so the style file stays the map feature's own.
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Unit } from '../../../../common/domain/unit';
import { useConsole } from '../../../app/store';
import { useI18n } from '../../../i18n/locale';
import { formatEta, formatKm } from '../../incidents/model/dispatch-panel';
import { DISPATCH_LINKS_SOURCE, dispatchLinkFeatures, isEnRoute } from './dispatch-links';
import { DISPATCH_LINK_LAYERS } from './dispatch-links-layers';
import './dispatch-links.css';

const BELOW_LAYER = 'units-circle';

export function useDispatchLinks(map: maplibregl.Map | null): void {
  const { t } = useI18n();
  const units = useConsole((s) => s.units);
  const incidents = useConsole((s) => s.incidents);
  const labels = useRef(new Map<string, maplibregl.Marker>());
  const frame = useRef(0);
  const latest = useRef(() => dispatchLinkFeatures(incidents.values(), units));
  latest.current = () => dispatchLinkFeatures(incidents.values(), units);

  useEffect(() => {
    if (!map) return;
    // Added once the style can take it, and again if a style change dropped it.
    const add = () => {
      try {
        if (map.getSource(DISPATCH_LINKS_SOURCE)) return;
        map.addSource(DISPATCH_LINKS_SOURCE, { type: 'geojson', data: latest.current() as Parameters<GeoJSONSource['setData']>[0] });
        for (const layer of DISPATCH_LINK_LAYERS) map.addLayer(layer, map.getLayer(BELOW_LAYER) ? BELOW_LAYER : undefined);
      } catch {
        // The style is not done loading: the next styledata event tries again.
      }
    };
    add();
    map.on('styledata', add);
    const shown = labels.current;
    return () => {
      map.off('styledata', add);
      for (const m of shown.values()) m.remove();
      shown.clear();
    };
  }, [map]);

  useEffect(() => {
    if (!map) return;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      map.getSource<GeoJSONSource>(DISPATCH_LINKS_SOURCE)?.setData(latest.current() as Parameters<GeoJSONSource['setData']>[0]);
      syncLabels(map, labels.current, units, (u) => t('map.route.eta', { unit: u.callSign, eta: formatEta(t, u.routeEtaS ?? 0), km: formatKm(u.routeDistanceM ?? 0) }));
    });
    return () => cancelAnimationFrame(frame.current);
  }, [map, units, incidents, t]);
}

/** One HTML label per en-route unit (the offline style has no glyphs), moved and retitled in place. */
function syncLabels(map: maplibregl.Map, shown: Map<string, maplibregl.Marker>, units: ReadonlyMap<string, Unit>, text: (u: Unit) => string): void {
  const keep = new Set<string>();
  for (const u of units.values()) {
    if (!isEnRoute(u)) continue;
    keep.add(u.id);
    let marker = shown.get(u.id);
    if (!marker) {
      const el = document.createElement('div');
      el.className = `eta-label agency-${u.agency}`;
      el.dataset.testid = `eta-label-${u.id}`;
      marker = new maplibregl.Marker({ element: el, anchor: 'bottom-left', offset: [8, -6] }).setLngLat([u.position.lon, u.position.lat]).addTo(map);
      shown.set(u.id, marker);
    }
    const el = marker.getElement();
    el.textContent = text(u);
    el.dataset.eta = String(Math.round(u.routeEtaS ?? 0));
    el.dataset.incident = u.incidentId;
    marker.setLngLat([u.position.lon, u.position.lat]);
  }
  for (const [id, m] of shown) {
    if (keep.has(id)) continue;
    m.remove();
    shown.delete(id);
  }
}
