import { useRef, useState, type CSSProperties, type DragEvent } from 'react';
import type { Camera, DetectionBatch } from '../../../common/domain/camera';
import type { VideoQuality } from '../../../common/video/video-types';
import { useI18n } from '../../i18n/locale';
import { hasMessage } from '../../i18n/translate';
import { formatAgo } from '../../ui/format';
import { carriesCamera, droppedCamera, startCameraDrag } from './camera-drag';
import type { DetectionFeed } from './detection-feed';
import { DetectionOverlay } from './detection-overlay';
import type { CameraAlarm } from './model/alarms';
import { tileDetections } from './model/wall-tiles';
import { TileHealth } from './tile-health';
import { useLiveVideo } from './use-live-video';

interface Props {
  index: number;
  cameraId: string | null;
  camera: Camera | undefined;
  latest: DetectionBatch | undefined;
  alarm: CameraAlarm | undefined;
  selected: boolean;
  now: number;
  quality: VideoQuality;
  maximised: boolean;
  feed: DetectionFeed;
  style?: CSSProperties;
  onSelect: (id: string) => void;
  onToggleMaximise: (id: string) => void;
  onDropCamera: (tile: number, cameraId: string) => void;
}

/** One tile: a camera's live video with overlays and health, or an empty tile waiting for a drop. */
export function CameraTile(props: Props) {
  const { index, cameraId, camera, style, onDropCamera } = props;
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const dropProps = {
    onDragOver: (e: DragEvent) => {
      if (!carriesCamera(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => {
      setOver(false);
      const id = droppedCamera(e);
      if (!id) return;
      e.preventDefault();
      onDropCamera(index, id);
    },
  };
  if (!cameraId || !camera) {
    return (
      <div className={`camera-tile tile-empty ${over ? 'drop-over' : ''}`} style={style} data-testid={`wall-tile-${index}`} data-camera="" {...dropProps}>
        <div className="tile-empty-hint">{cameraId ? t('query.gone', { id: cameraId }) : t('wall.dropHere')}</div>
      </div>
    );
  }
  return <LiveTile {...props} camera={camera} over={over} dropProps={dropProps} />;
}

function LiveTile({ index, camera, latest, alarm, selected, now, quality, maximised, feed, style, onSelect, onToggleMaximise, over, dropProps }: Props & { camera: Camera; over: boolean; dropProps: Record<string, (e: DragEvent) => void> }) {
  const { t, err, locale } = useI18n();
  const videoRef = useRef<HTMLVideoElement>(null);
  const offline = camera.status === 'offline';
  const video = useLiveVideo(videoRef, camera.id, quality, !offline && !!camera.streamUrl);
  // The registry may still say online while the stream is gone: the wall says what it sees.
  const signalLost = !offline && (video.phase === 'retrying' || video.phase === 'error') && !!video.error;
  const det = tileDetections(camera, latest);
  const cls = (c: string) => (hasMessage(locale, `detClass.${c}`) ? t(`detClass.${c}`) : c);
  return (
    <div
      role="button"
      tabIndex={0}
      style={style}
      draggable
      onDragStart={(e) => startCameraDrag(e, camera.id)}
      {...dropProps}
      className={`camera-tile cam-${camera.status} ${selected ? 'selected' : ''} ${maximised ? 'maximised' : ''} ${alarm ? 'alarm' : ''} ${signalLost ? 'signal-lost' : ''} ${over ? 'drop-over' : ''}`}
      data-testid={`camera-tile-${camera.id}`}
      data-tile={index}
      data-camera={camera.id}
      data-status={camera.status}
      data-video={video.phase}
      data-signal={offline || signalLost ? 'lost' : 'ok'}
      data-alarm={alarm ? alarm.reason : ''}
      aria-pressed={selected}
      onClick={() => onSelect(camera.id)}
      onDoubleClick={() => onToggleMaximise(camera.id)}
      onKeyDown={(e) => e.key === 'Enter' && onSelect(camera.id)}
    >
      <video ref={videoRef} className="tile-video" muted autoPlay playsInline data-testid={`tile-video-${camera.id}`} hidden={offline} />
      {!offline && <DetectionOverlay videoRef={videoRef} cameraId={camera.id} clockOffsetMs={video.clockOffsetMs} feed={feed} label={cls} />}
      {offline && <div className="tile-offline">{t('cameraStatus.offline')}</div>}
      {signalLost && (
        <div className="tile-offline" data-testid={`tile-signal-lost-${camera.id}`}>
          <span>{t('wall.signalLost')}</span>
          <small>{video.error ? err(video.error) : ''}</small>
        </div>
      )}
      {alarm && <span key={alarm.atMs} className="flash alarm-flash" aria-hidden="true" />}
      <div className="tile-head">
        <span className="cam-name">{camera.name}</span>
        <span className={`cam-status cam-status-${signalLost ? 'offline' : camera.status}`}>{t(signalLost ? 'cameraStatus.offline' : `cameraStatus.${camera.status}`)}</span>
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
        {alarm && <b className="tile-alarm"> · {t(alarm.kind === 'alert' ? 'wall.alarmAlert' : 'wall.alarmDetection', { what: alarm.kind === 'alert' ? alarm.reason : cls(alarm.reason) })}</b>}
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
