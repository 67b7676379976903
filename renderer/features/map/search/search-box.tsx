// The map's search box: type, pick a result (click or Enter), the map flies there.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import type { Camera } from '../../../../common/domain/camera';
import { useBridge } from '../../../app/bridge-context';
import { useConsole } from '../../../app/store';
import { useI18n } from '../../../i18n/locale';
import { setFocusedWard } from '../map-focus';
import { searchMap, type SearchResult } from './model/map-search';
import { registryQueryable, withRegistryCameras } from './model/registry-results';

const POINT_ZOOM = 16;
const WARD_ZOOM = 14;
/** Typing pauses this long before the registry (300,000 cameras, in the engine) is asked. */
const REGISTRY_DEBOUNCE_MS = 200;
const REGISTRY_PAGE = 8;

export function SearchBox({ map }: { map: MapLibreMap | null }) {
  const { t } = useI18n();
  const bridge = useBridge();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const mapContext = useConsole((s) => s.mapContext);
  const incidents = useConsole((s) => s.incidents);
  const cameras = useConsole((s) => s.cameras);
  const units = useConsole((s) => s.units);
  const local = useMemo(() => searchMap(query, { mapContext, incidents, cameras, units }), [query, mapContext, incidents, cameras, units]);
  const [registry, setRegistry] = useState<{ query: string; cameras: Camera[] }>({ query: '', cameras: [] });
  const askRegistry = registryQueryable(query, local);
  useEffect(() => {
    if (!askRegistry) return;
    let live = true;
    const timer = setTimeout(() => {
      void bridge.searchCameras({ text: query.trim(), pageSize: REGISTRY_PAGE }).then((r) => {
        // An engine that is down or slow leaves the local results; the search box never blocks on it.
        if (live && r.ok) setRegistry({ query, cameras: r.value.cameras });
      });
    }, REGISTRY_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [bridge, query, askRegistry]);
  const results = useMemo(
    () => (askRegistry && registry.query === query ? withRegistryCameras(local, registry.cameras, query) : local),
    [askRegistry, local, registry, query],
  );

  const pick = (r: SearchResult) => {
    setOpen(false);
    setQuery(r.label);
    if (!map) return;
    if (r.kind === 'ward') {
      setFocusedWard(r.id);
      if (r.bbox) map.fitBounds([[r.bbox[0], r.bbox[1]], [r.bbox[2], r.bbox[3]]], { padding: 60, duration: 800, maxZoom: 16 });
      else map.flyTo({ center: [r.center.lon, r.center.lat], zoom: WARD_ZOOM, duration: 800 });
      return;
    }
    if (r.kind === 'coords') {
      map.flyTo({ center: [r.center.lon, r.center.lat], zoom: POINT_ZOOM, duration: 800 });
      return;
    }
    // The selection reaches every window; the map's selection effect flies to it.
    void bridge.select({ selection: { kind: r.kind, id: r.id } });
  };

  return (
    <div className="map-search" role="search">
      <input
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        data-testid="map-search"
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results[0]) pick(results[0]);
          if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && query.trim() && (
        <ul className="map-search-results" data-testid="map-search-results">
          {results.length === 0 && <li className="muted">{t('search.none')}</li>}
          {results.map((r) => (
            <li key={`${r.kind}:${r.id}`}>
              <button type="button" data-testid="map-search-result" data-kind={r.kind} data-id={r.id} onClick={() => pick(r)}>
                <span className="kind">{t(`search.kind.${r.kind}`)}</span> {r.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
