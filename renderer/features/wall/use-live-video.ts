// One tile's live video: watch the camera's stream over the bridge, play it, report health, reconnect.
import { useEffect, useState, type RefObject } from 'react';
import type { VideoQuality } from '../../../common/video/video-types';
import { useBridge } from '../../app/bridge-context';
import { MsePlayer, type PlaybackStats } from './mse-player';
import { attachVideoStream } from './video-router';

export type TilePhase = 'off' | 'starting' | 'live' | 'retrying' | 'error';

export interface TileVideo {
  phase: TilePhase;
  quality: VideoQuality | null;
  limitedByBudget: boolean;
  stats: PlaybackStats | null;
  errors: number;
  error?: { message: string; key?: string; params?: Record<string, string | number> };
  /** Wall-clock ms of media time 0 for the stream playing now (detection overlays need it). */
  clockOffsetMs?: number;
}

const IDLE: TileVideo = { phase: 'off', quality: null, limitedByBudget: false, stats: null, errors: 0 };
const RECONNECT_MS = [1000, 2000, 5000, 10_000];

export function useLiveVideo(videoRef: RefObject<HTMLVideoElement | null>, cameraId: string, quality: VideoQuality, enabled: boolean): TileVideo {
  const bridge = useBridge();
  const [state, setState] = useState<TileVideo>(IDLE);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const video = videoRef.current;
    if (!enabled || !video) {
      setState(IDLE);
      return;
    }
    let closed = false;
    let streamId: number | null = null;
    let detach = () => {};
    let retry: ReturnType<typeof setTimeout> | undefined;
    const update = (patch: Partial<TileVideo>) => !closed && setState((s) => ({ ...s, ...patch }));
    const reconnect = (message: string, key?: string, params?: Record<string, string | number>) => {
      if (closed || retry) return;
      setState((s) => ({ ...s, phase: 'error', errors: s.errors + 1, error: { message, key, params } }));
      retry = setTimeout(() => setAttempt((a) => a + 1), RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)]);
    };
    const player = new MsePlayer(video, (message) => reconnect(message));
    update({ phase: 'starting', error: undefined });
    const offState = bridge.on('videoState', (s) => {
      if (s.streamId !== streamId) return;
      const clock = s.clockOffsetMs !== undefined ? { clockOffsetMs: s.clockOffsetMs } : {};
      update({ phase: s.phase, error: s.error ? { message: s.error, key: s.errorKey, params: s.errorParams } : undefined, ...clock });
    });
    void bridge.watchVideo({ cameraId, quality }).then((r) => {
      if (closed) {
        if (r.ok) void bridge.unwatchVideo({ streamId: r.value.streamId });
        return;
      }
      if (!r.ok) return reconnect(r.error.message, r.error.key, r.error.params);
      streamId = r.value.streamId;
      update({
        phase: r.value.phase,
        quality: r.value.quality,
        limitedByBudget: r.value.limitedBy === 'budget',
        error: r.value.error ? { message: r.value.error, key: r.value.errorKey, params: r.value.errorParams } : undefined,
        clockOffsetMs: r.value.clockOffsetMs,
      });
      detach = attachVideoStream(streamId, (frame) => {
        if (frame.kind === 'init') player.init(frame.payload);
        else player.media(frame.payload, frame.keyframe);
      });
    });
    const timer = setInterval(() => {
      const stats = player.tick();
      // Playing promotes a starting tile to live; a stream main reports as retrying stays so while the buffer drains.
      if (!closed) setState((st) => ({ ...st, stats, ...(stats.playing && st.phase === 'starting' ? { phase: 'live' as const } : {}) }));
    }, 1000);
    return () => {
      closed = true;
      clearInterval(timer);
      clearTimeout(retry);
      offState();
      detach();
      player.dispose();
      if (streamId !== null) void bridge.unwatchVideo({ streamId });
    };
    // attempt re-runs the effect: a reconnect is a fresh watch.
  }, [bridge, videoRef, cameraId, quality, enabled, attempt]);

  return state;
}
