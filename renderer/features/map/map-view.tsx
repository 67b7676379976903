import { useRef } from 'react';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import './map-features.css';
import { MapSidePanel } from './map-side-panel';
import { PickBanner } from './pick-banner';
import { SearchBox } from './search/search-box';
import { useHoverTooltip } from './use-hover-tooltip';
import { useMapData } from './use-map-data';
import { useMapInteraction } from './use-map-interaction';
import { useMapLibre } from './use-maplibre';
import { useThreeD } from './use-three-d';
import { useMarkers3d } from './three-d/use-markers-3d';
import { useAreaSelect } from './use-area-select';
import { useCameraFov } from './use-camera-fov';
import { useRegistryCamerasInView } from './use-registry-in-view';
import { useWardLabels } from './use-ward-labels';
import { BasemapPanel } from './basemap/basemap-panel';
import { OfflineNotice } from './basemap/offline-notice';
import { useBasemap } from './basemap/use-basemap';
import { useDispatchLinks } from './dispatch/use-dispatch-links';

export function MapView() {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const { map, error } = useMapLibre(container);
  const picking = useConsole((s) => s.locationPick?.state === 'requested');
  useMapData(map);
  useMapInteraction(map);
  useWardLabels(map);
  useDispatchLinks(map);
  const tip = useHoverTooltip(map);
  const [threeD, toggleThreeD] = useThreeD(map);
  const markers = useMarkers3d(map, threeD);
  useCameraFov(map);
  useRegistryCamerasInView(map);
  const area = useAreaSelect(map);
  const basemap = useBasemap(map);
  return (
    <div className="map-view">
      <div className="map-stage">
        <div ref={container} className="map-canvas" data-testid="map" data-ready={map ? 'true' : 'false'} />
        <SearchBox map={map} />
        <button type="button" className={`map-3d-toggle ${threeD ? 'on' : ''}`} aria-pressed={threeD} data-testid="map-3d" onClick={toggleThreeD} title={t('map.threeDHint')}>
          {threeD ? '2D' : '3D'}
        </button>
        <button type="button" className={`map-area-tool ${area.tool ? 'on' : ''}`} aria-pressed={area.tool} data-testid="map-area-tool" onClick={area.toggleTool} title={t('area.toolHint')}>
          ⬚
        </button>
        {markers && (
          <div className="map-3d-counts" data-testid="markers-3d" data-beacons={markers.beacons} data-units={markers.units} data-cameras={markers.cameras}>
            {t('map.markers3d', { beacons: markers.beacons, units: markers.units, cameras: markers.cameras })}
          </div>
        )}
        {area.box && <div className="map-drag-box" data-testid="map-drag-box" style={area.box} />}
        {tip && (
          <div className="map-tooltip" data-testid="map-tooltip" style={{ left: tip.x + 12, top: tip.y + 12 }}>
            {tip.text}
          </div>
        )}
        <BasemapPanel map={map} basemap={basemap} />
        <OfflineNotice basemap={basemap} />
        {picking && <PickBanner />}
        {error && <div className="map-error">{t('map.failed', { message: error })}</div>}
      </div>
      <MapSidePanel map={map} />
    </div>
  );
}
