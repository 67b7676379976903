// Builds the console's video service: ffmpeg from WATCHFLOOR_FFMPEG or PATH, budget from WATCHFLOOR_VIDEO_BUDGET.
import type { Camera } from '../../common/domain/camera';
import type { Logger } from '../../common/log';
import { FfmpegStream } from './ffmpeg-stream';
import type { SubStreamProfile } from './stream-source';
import { VideoService, type VideoServiceOptions } from './video-service';

export interface VideoConfig {
  ffmpegPath?: string;
  ffprobePath?: string;
  budget?: number;
  graceMs?: number;
  retryBaseMs?: number;
  /** Sub-stream size and rate (default ≤ 480 lines, 12 fps). */
  subStream?: SubStreamProfile;
}

export function videoConfigFromEnv(env: NodeJS.ProcessEnv = process.env): VideoConfig {
  const budget = env.WATCHFLOOR_VIDEO_BUDGET ? Number(env.WATCHFLOOR_VIDEO_BUDGET) : undefined;
  if (budget !== undefined && !(Number.isInteger(budget) && budget > 0)) {
    throw new Error(`WATCHFLOOR_VIDEO_BUDGET must be a positive integer (decode units: sub-stream 1, main 4), got ${env.WATCHFLOOR_VIDEO_BUDGET}`);
  }
  return { ffmpegPath: env.WATCHFLOOR_FFMPEG || undefined, ffprobePath: env.WATCHFLOOR_FFPROBE || undefined, budget };
}

export function createVideoService(cameraById: (id: string) => Camera | undefined, config: VideoConfig, log: Logger): VideoService {
  const ffmpegPath = config.ffmpegPath ?? 'ffmpeg';
  const ffprobePath = config.ffprobePath ?? ffmpegPath.replace(/ffmpeg(\.exe)?$/, 'ffprobe$1');
  const opts: VideoServiceOptions = {
    budget: config.budget,
    graceMs: config.graceMs,
    createStream: (key, source, quality, events) =>
      new FfmpegStream(key, source, quality, { ffmpegPath, ffprobePath, retryBaseMs: config.retryBaseMs, subStream: config.subStream }, events, log.child(key)),
  };
  return new VideoService(cameraById, opts, log);
}
