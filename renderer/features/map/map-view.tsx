import { useRef } from 'react';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import './map-features.css';
import { MapSidePanel } from './map-side-panel';
import { PickBanner } from './pick-banner';
import { SearchBox } from './search/search-box';
import { useHoverTooltip } from './use-hover-tooltip';
import { useMapContextFeed } from './use-map-context-feed';
import { useMapData } from './use-map-data';
import { useMapInteraction } from './use-map-interaction';
import { useMapLibre } from './use-maplibre';
import { useThreeD } from './use-three-d';
import { useWardLabels } from './use-ward-labels';
import { useDispatchLinks } from './dispatch/use-dispatch-links';

export function MapView() {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const { map, error } = useMapLibre(container);
  const picking = useConsole((s) => s.locationPick?.state === 'requested');
  useMapContextFeed();
  useMapData(map);
  useMapInteraction(map);
  useWardLabels(map);
  useDispatchLinks(map);
  const tip = useHoverTooltip(map);
  const [threeD, toggleThreeD] = useThreeD(map);
  return (
    <div className="map-view">
      <div className="map-stage">
        <div ref={container} className="map-canvas" data-testid="map" data-ready={map ? 'true' : 'false'} />
        <SearchBox map={map} />
        <button type="button" className={`map-3d-toggle ${threeD ? 'on' : ''}`} aria-pressed={threeD} data-testid="map-3d" onClick={toggleThreeD} title={t('map.threeDHint')}>
          {threeD ? '2D' : '3D'}
        </button>
        {tip && (
          <div className="map-tooltip" data-testid="map-tooltip" style={{ left: tip.x + 12, top: tip.y + 12 }}>
            {tip.text}
          </div>
        )}
        {picking && <PickBanner />}
        {error && <div className="map-error">{t('map.failed', { message: error })}</div>}
      </div>
      <MapSidePanel map={map} />
    </div>
  );
}
