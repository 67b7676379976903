import { useI18n } from '../../i18n/locale';
import type { TileVideo } from './use-live-video';

/** The per-tile health line: state, fps, bitrate, latency to the live edge, errors, quality. */
export function TileHealth({ cameraId, video }: { cameraId: string; video: TileVideo }) {
  const { t, err } = useI18n();
  const s = video.stats;
  const errorText = video.error ? err(video.error) : null;
  return (
    <div className="tile-health" data-testid={`tile-health-${cameraId}`} data-phase={video.phase}>
      <span className={`video-phase video-phase-${video.phase}`}>{t(`video.phase.${video.phase}`)}</span>
      {s && video.phase === 'live' && (
        <span className="video-figures">
          {t('video.figures', { fps: s.fps.toFixed(0), kbps: s.kbps.toFixed(0), latency: s.latencyS.toFixed(1) })}
        </span>
      )}
      {video.quality && <span className="video-quality">{t(`video.quality.${video.quality}`)}</span>}
      {video.limitedByBudget && <span className="video-budget" data-testid={`tile-budget-${cameraId}`}>{t('video.limitedByBudget')}</span>}
      {video.errors > 0 && <span className="video-errors">{t('video.errors', { n: video.errors })}</span>}
      {errorText && video.phase !== 'live' && <span className="video-error" title={errorText}>{errorText}</span>}
    </div>
  );
}
