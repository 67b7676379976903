import type { Camera, DetectionBatch } from '../../../common/domain/camera';
import { useI18n } from '../../i18n/locale';
import { hasMessage } from '../../i18n/translate';
import { formatAgo } from '../../ui/format';
import { tileDetections } from './model/wall-tiles';

interface Props {
  camera: Camera;
  latest: DetectionBatch | undefined;
  selected: boolean;
  now: number;
  onSelect: (id: string) => void;
}

export function CameraTile({ camera, latest, selected, now, onSelect }: Props) {
  const { t, locale } = useI18n();
  const det = tileDetections(camera, latest);
  const cls = (c: string) => (hasMessage(locale, `detClass.${c}`) ? t(`detClass.${c}`) : c);
  return (
    <button
      type="button"
      className={`camera-tile cam-${camera.status} ${selected ? 'selected' : ''}`}
      data-testid={`camera-tile-${camera.id}`}
      data-status={camera.status}
      aria-pressed={selected}
      onClick={() => onSelect(camera.id)}
    >
      {/* Re-keyed per batch so the flash animation replays when detections arrive. */}
      {latest && <span key={latest.frameMs} className="flash" aria-hidden="true" />}
      <div className="tile-head">
        <span className="cam-name">{camera.name}</span>
        <span className={`cam-status cam-status-${camera.status}`}>{t(`cameraStatus.${camera.status}`)}</span>
      </div>
      <div className="tile-sub">
        {camera.id} · {camera.ward}
      </div>
      <div className="tile-body">
        {det.counts.length === 0 ? (
          <span className="muted">{t('wall.noDetections')}</span>
        ) : (
          <ul className="counts">
            {det.counts.slice(0, 4).map(([c, n]) => (
              <li key={c}>
                <b>{n}</b> {cls(c)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {det.atMs !== null && <div className="tile-foot">{t('wall.lastDetection', { age: formatAgo(t, det.atMs, now) })}</div>}
    </button>
  );
}
