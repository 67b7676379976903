import { useRef, type CSSProperties } from 'react';
import type { Camera, DetectionBatch } from '../../../common/domain/camera';
import type { VideoQuality } from '../../../common/video/video-types';
import { useI18n } from '../../i18n/locale';
import { hasMessage } from '../../i18n/translate';
import { formatAgo } from '../../ui/format';
import { tileDetections } from './model/wall-tiles';
import { TileHealth } from './tile-health';
import { useLiveVideo } from './use-live-video';

interface Props {
  camera: Camera;
  latest: DetectionBatch | undefined;
  selected: boolean;
  now: number;
  quality: VideoQuality;
  maximised: boolean;
  style?: CSSProperties;
  onSelect: (id: string) => void;
  onToggleMaximise: (id: string) => void;
}

export function CameraTile({ camera, latest, selected, now, quality, maximised, style, onSelect, onToggleMaximise }: Props) {
  const { t, locale } = useI18n();
  const videoRef = useRef<HTMLVideoElement>(null);
  const offline = camera.status === 'offline';
  const video = useLiveVideo(videoRef, camera.id, quality, !offline && !!camera.streamUrl);
  const det = tileDetections(camera, latest);
  const cls = (c: string) => (hasMessage(locale, `detClass.${c}`) ? t(`detClass.${c}`) : c);
  return (
    <div
      role="button"
      tabIndex={0}
      style={style}
      className={`camera-tile cam-${camera.status} ${selected ? 'selected' : ''} ${maximised ? 'maximised' : ''}`}
      data-testid={`camera-tile-${camera.id}`}
      data-status={camera.status}
      data-video={video.phase}
      aria-pressed={selected}
      onClick={() => onSelect(camera.id)}
      onDoubleClick={() => onToggleMaximise(camera.id)}
      onKeyDown={(e) => e.key === 'Enter' && onSelect(camera.id)}
    >
      <video ref={videoRef} className="tile-video" muted autoPlay playsInline data-testid={`tile-video-${camera.id}`} hidden={offline} />
      {offline && <div className="tile-offline">{t('cameraStatus.offline')}</div>}
      {/* Re-keyed per batch so the flash animation replays when detections arrive. */}
      {latest && <span key={latest.frameMs} className="flash" aria-hidden="true" />}
      <div className="tile-head">
        <span className="cam-name">{camera.name}</span>
        <span className={`cam-status cam-status-${camera.status}`}>{t(`cameraStatus.${camera.status}`)}</span>
        <button
          type="button"
          className="tile-max"
          data-testid={`tile-maximise-${camera.id}`}
          title={t(maximised ? 'wall.restore' : 'wall.maximise')}
          onClick={(e) => {
            e.stopPropagation();
            onToggleMaximise(camera.id);
          }}
        >
          {maximised ? '⤡' : '⤢'}
        </button>
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
      {!offline && <TileHealth cameraId={camera.id} video={video} />}
    </div>
  );
}
