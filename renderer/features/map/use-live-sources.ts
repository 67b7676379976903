// Units and cameras at city scale: unit moves go to the map as updateData diffs, and the camera
// source is rebuilt only when something it draws changed (not on every detection count).
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { Camera } from '../../../common/domain/camera';
import { getConsoleStore } from '../../app/store';
import { cameraFeatures, unitFeatures } from './model/to-geojson';
import { unitDiff } from './model/unit-diff';
import type { SourceSync } from './source-sync';
import { CAMERAS_SOURCE, UNITS_SOURCE } from './sources';
import { withViewCameras } from './model/view-cameras';
import { onRegistryCamerasInView, registryCamerasInView } from './use-registry-in-view';

const drawnKey = (c: Camera) => `${c.status}|${c.location.lat}|${c.location.lon}|${c.name}`;

export function useLiveSources(map: MapLibreMap | null, sync: SourceSync | null): void {
  useEffect(() => {
    if (!map || !sync) return;
    const store = getConsoleStore();
    let knownUnits = new Set<string>();
    const drawnCameras = new Map<string, string>();
    const reloadUnits = () =>
      sync.schedule(UNITS_SOURCE, () => {
        const all = store.getState().units;
        knownUnits = new Set(all.keys());
        return unitFeatures(all.values());
      });
    const reloadCameras = () =>
      sync.schedule(CAMERAS_SOURCE, () => {
        const all = store.getState().cameras;
        drawnCameras.clear();
        for (const c of all.values()) drawnCameras.set(c.id, drawnKey(c));
        // At street zoom the registry's cameras in view join the ones the console holds.
        return cameraFeatures(withViewCameras(all, registryCamerasInView()));
      });
    reloadUnits();
    reloadCameras();
    const offView = onRegistryCamerasInView(reloadCameras);
    const off = store.onChanges((changes) => {
      if (changes.reset) {
        reloadUnits();
        reloadCameras();
        return;
      }
      if (changes.units.length && !sync.isPending(UNITS_SOURCE)) {
        void map.getSource<GeoJSONSource>(UNITS_SOURCE)?.updateData(unitDiff(changes.units, knownUnits));
      }
      if (changes.cameras.some((c) => drawnCameras.get(c.id) !== drawnKey(c))) reloadCameras();
    });
    return () => {
      off();
      offView();
    };
  }, [map, sync]);
}
