// What the bridge says about live video: watch requests, grants and per-tile stream state.

export const VIDEO_QUALITIES = ['sub', 'main'] as const;
/** sub: small tiles (≤ 480p, 12 fps); main: a maximised tile (full resolution and rate). */
export type VideoQuality = (typeof VIDEO_QUALITIES)[number];

export function isVideoQuality(value: unknown): value is VideoQuality {
  return typeof value === 'string' && (VIDEO_QUALITIES as readonly string[]).includes(value);
}

export interface WatchVideoArgs {
  cameraId: string;
  quality: VideoQuality;
}

export type VideoPhase = 'starting' | 'live' | 'retrying';

export interface VideoWatch {
  /** Names this window's watch in binary video frames and in unwatchVideo. */
  streamId: number;
  cameraId: string;
  requested: VideoQuality;
  /** What the window gets: lower than requested when the decode budget is spent. */
  quality: VideoQuality;
  limitedBy: 'budget' | null;
  phase: VideoPhase;
  error?: string;
  /** Wall-clock ms of media time 0 (wallMs = currentTime * 1000 + clockOffsetMs), once main knows it. */
  clockOffsetMs?: number;
  /** Message catalogue key for error (video.error.unreachable, video.error.notVideo, ...) and its params. */
  errorKey?: string;
  errorParams?: Record<string, string | number>;
}

/** Pushed when a watched stream starts, goes live, fails and retries. */
export interface VideoStreamState {
  streamId: number;
  cameraId: string;
  phase: VideoPhase;
  error?: string;
  /** See VideoWatch.clockOffsetMs: sent when it is first known and when it moves. */
  clockOffsetMs?: number;
  errorKey?: string;
  errorParams?: Record<string, string | number>;
}
