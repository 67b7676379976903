import { useRef } from 'react';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { MapSidePanel } from './map-side-panel';
import { PickBanner } from './pick-banner';
import { useMapData } from './use-map-data';
import { useMapInteraction } from './use-map-interaction';
import { useMapLibre } from './use-maplibre';
import { useWardLabels } from './use-ward-labels';

export function MapView() {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const { map, error } = useMapLibre(container);
  const picking = useConsole((s) => s.locationPick?.state === 'requested');
  useMapData(map);
  useMapInteraction(map);
  useWardLabels(map);
  return (
    <div className="map-view">
      <div className="map-stage">
        <div ref={container} className="map-canvas" data-testid="map" data-ready={map ? 'true' : 'false'} />
        {picking && <PickBanner />}
        {error && <div className="map-error">{t('map.failed', { message: error })}</div>}
      </div>
      <MapSidePanel />
    </div>
  );
}
