// At street zoom the map asks the engine's registry for the cameras in the box it shows, so cameras
// outside the console's working set are drawn too (and can be clicked: selecting one admits it).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { Camera } from '../../../common/domain/camera';
import { useBridge } from '../../app/bridge-context';
import { REGISTRY_VIEW_LIMIT, registryViewBox } from './model/view-cameras';

/** The map settles this long before the registry is asked (a pan fires many moves). */
const ASK_DELAY_MS = 150;

let inView: readonly Camera[] = [];
const listeners = new Set<() => void>();

/** The registry's cameras in the current street-zoom view (empty below street zoom). */
export function registryCamerasInView(): readonly Camera[] {
  return inView;
}

export function onRegistryCamerasInView(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setInView(next: readonly Camera[]): void {
  if (!next.length && !inView.length) return;
  inView = next;
  for (const l of listeners) l();
}

export function useRegistryCamerasInView(map: MapLibreMap | null): void {
  const bridge = useBridge();
  useEffect(() => {
    if (!map) return;
    let asked = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const b = map.getBounds();
        const box = registryViewBox(map.getZoom(), b.getWest(), b.getSouth(), b.getEast(), b.getNorth());
        const mine = ++asked;
        if (!box) return setInView([]);
        void bridge.searchCameras({ bbox: box, pageSize: REGISTRY_VIEW_LIMIT }).then((r) => {
          // A newer view asked meanwhile; an engine that is down leaves what is drawn.
          if (mine === asked && r.ok) setInView(r.value.cameras);
        });
      }, ASK_DELAY_MS);
    };
    ask();
    map.on('moveend', ask);
    return () => {
      map.off('moveend', ask);
      clearTimeout(timer);
      asked++;
      setInView([]);
    };
  }, [map, bridge]);
}
