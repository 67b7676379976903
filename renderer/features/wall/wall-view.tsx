import { useMemo } from 'react';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { latestDetectionByCamera } from '../../state/console-state';
import { useNow } from '../../ui/use-now';
import { CameraTile } from './camera-tile';
import { wallCameras } from './model/wall-tiles';

export function WallView() {
  const { t } = useI18n();
  const bridge = useBridge();
  const now = useNow(1000);
  const cameras = useConsole((s) => s.cameras);
  const detections = useConsole((s) => s.detections);
  const selectedId = useConsole((s) => (s.selection?.kind === 'camera' ? s.selection.id : null));
  const shown = useMemo(() => wallCameras(cameras.values()), [cameras]);
  const latest = useMemo(() => latestDetectionByCamera(detections), [detections]);
  return (
    <div className="wall-view">
      <div className="wall-caption">
        <span data-testid="wall-caption">{t('wall.caption')}</span>
        <span className="muted">{t('wall.showing', { shown: shown.length, total: cameras.size })}</span>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('wall.empty')}</p>
      ) : (
        <div className="wall-grid" data-testid="wall-grid">
          {shown.map((c) => (
            <CameraTile
              key={c.id}
              camera={c}
              latest={latest.get(c.id)}
              selected={c.id === selectedId}
              now={now}
              onSelect={(id) => void bridge.select({ selection: { kind: 'camera', id } })}
            />
          ))}
        </div>
      )}
    </div>
  );
}
