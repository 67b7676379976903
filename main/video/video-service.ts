// Live video for every window: one ffmpeg per camera and quality, shared by all tiles that show it,
// fanned out as binary frames with backpressure, within a decode budget.
import type { Camera } from '../../common/domain/camera';
import type { Logger } from '../../common/log';
import { fail, invalid, ok, type Result } from '../../common/result';
import { encodeVideoFrame } from '../../common/video/frame-header';
import { timescaleFromInit, type FragmentInfo } from '../../common/video/fmp4';
import { MediaClock } from '../../common/video/media-clock';
import { isVideoQuality, type VideoQuality, type VideoStreamState, type VideoWatch } from '../../common/video/video-types';
import type { FfmpegStreamEvents, StreamPhase } from './ffmpeg-stream';
import { parseStreamUrl, type StreamSource } from './stream-source';
import { classifyStreamError } from './stream-errors';

/** Where one window's video goes (its WebSocket or webContents). */
export interface VideoSink {
  windowId: string;
  sendBinary(data: Uint8Array): void;
  /** Bytes queued towards the window and not yet sent. */
  bufferedBytes(): number;
  sendState(state: VideoStreamState): void;
}

export interface ManagedStream {
  readonly init: Uint8Array | null;
  readonly phase: StreamPhase;
  readonly lastError: string | undefined;
  start(): void;
  stop(): Promise<void>;
}

export type StreamFactory = (key: string, source: StreamSource, quality: VideoQuality, events: FfmpegStreamEvents) => ManagedStream;

export interface VideoServiceOptions {
  createStream: StreamFactory;
  /** Decode units the console may spend: a sub-stream costs 1, a main stream 4. */
  budget?: number;
  /** How long a stream nobody watches keeps running (a tile re-keyed in a layout change takes it back). */
  graceMs?: number;
  /** Above this many bytes queued to a window, media is dropped until the next keyframe fragment. */
  highWaterBytes?: number;
}

export const QUALITY_COST: Record<VideoQuality, number> = { sub: 1, main: 4 };

interface Watcher {
  streamId: number;
  sink: VideoSink;
  cameraId: string;
  waitingKeyframe: boolean;
  dropped: number;
  sentInit: boolean;
}

interface Shared {
  key: string;
  quality: VideoQuality;
  stream: ManagedStream;
  watchers: Set<Watcher>;
  grace?: NodeJS.Timeout;
  clock: MediaClock;
  timescale: number | null;
  /** The offset last told to watchers (they get a new one when it moves by CLOCK_RESEND_MS). */
  clockOffsetMs?: number;
  url: string;
}

/** A media clock estimate that moves less than this is not resent. */
const CLOCK_RESEND_MS = 15;

export class VideoService {
  private streams = new Map<string, Shared>();
  private watchers = new Map<number, { watcher: Watcher; shared: Shared }>();
  private nextStreamId = 1;
  private readonly budget: number;
  private readonly graceMs: number;
  private readonly highWater: number;

  constructor(
    private readonly cameraById: (id: string) => Camera | undefined,
    private readonly opts: VideoServiceOptions,
    private readonly log: Logger,
  ) {
    this.budget = opts.budget ?? 24;
    this.graceMs = opts.graceMs ?? 5000;
    this.highWater = opts.highWaterBytes ?? 4 * 1024 * 1024;
  }

  /** Decode units in use by streams somebody watches. */
  get unitsInUse(): number {
    let n = 0;
    for (const s of this.streams.values()) if (s.watchers.size > 0) n += QUALITY_COST[s.quality];
    return n;
  }

  get streamCount(): number {
    return this.streams.size;
  }

  watch(sink: VideoSink, args: unknown): Result<VideoWatch> {
    const a = (args ?? {}) as { cameraId?: unknown; quality?: unknown };
    if (typeof a.cameraId !== 'string' || !a.cameraId) return invalid('cameraId', `cameraId is required, got ${JSON.stringify(a.cameraId)}`);
    const requested = a.quality ?? 'sub';
    if (!isVideoQuality(requested)) return invalid('quality', `quality must be sub or main, got ${JSON.stringify(a.quality)}`);
    const camera = this.cameraById(a.cameraId);
    if (!camera) return fail({ code: 'NOT_FOUND', message: `camera ${a.cameraId} is not in the registry`, field: 'cameraId', key: 'video.error.noCamera', params: { camera: a.cameraId } });
    const parsed = parseStreamUrl(camera.id, camera.streamUrl);
    if (!parsed.ok) return invalid('stream_url', parsed.error, 'video.error.badUrl', { camera: camera.id, url: camera.streamUrl });

    const quality = this.grant(camera.id, requested);
    const shared = this.sharedFor(camera.id, quality, parsed.source);
    const watcher: Watcher = { streamId: this.nextStreamId++, sink, cameraId: camera.id, waitingKeyframe: true, dropped: 0, sentInit: false };
    clearTimeout(shared.grace);
    shared.grace = undefined;
    shared.watchers.add(watcher);
    this.watchers.set(watcher.streamId, { watcher, shared });
    // The init goes after the call's answer, so the window knows the stream id first.
    setImmediate(() => {
      if (shared.stream.init && !watcher.sentInit && shared.watchers.has(watcher)) this.send(watcher, 'init', shared.stream.init, true);
    });
    const limitedBy = quality !== requested ? 'budget' : null;
    if (limitedBy) this.log.info('decode budget spent: serving the sub-stream', { camera: camera.id, budget: this.budget, inUse: this.unitsInUse });
    const clock = shared.clockOffsetMs !== undefined ? { clockOffsetMs: shared.clockOffsetMs } : {};
    return ok({ streamId: watcher.streamId, cameraId: camera.id, requested, quality, limitedBy, ...phaseOf(shared.stream, shared.url), ...clock });
  }

  unwatch(windowId: string, args: unknown): Result<null> {
    const id = (args as { streamId?: unknown } | undefined)?.streamId;
    if (typeof id !== 'number' || !Number.isInteger(id)) return invalid('streamId', `streamId must be an integer, got ${JSON.stringify(id)}`);
    const entry = this.watchers.get(id);
    if (!entry || entry.watcher.sink.windowId !== windowId) return fail({ code: 'NOT_FOUND', message: `this window watches no video stream ${id}`, field: 'streamId' });
    this.release(id);
    return ok(null);
  }

  /** A window closed: everything it watched is released. */
  detachWindow(windowId: string): void {
    for (const [id, { watcher }] of this.watchers) if (watcher.sink.windowId === windowId) this.release(id);
  }

  async stop(): Promise<void> {
    const all = [...this.streams.values()];
    this.streams.clear();
    this.watchers.clear();
    for (const s of all) clearTimeout(s.grace);
    await Promise.all(all.map((s) => s.stream.stop()));
  }

  private grant(cameraId: string, requested: VideoQuality): VideoQuality {
    if (requested === 'sub' || this.streams.get(streamKey(cameraId, 'main'))?.watchers.size) return requested;
    return this.unitsInUse + QUALITY_COST.main <= this.budget ? 'main' : 'sub';
  }

  private sharedFor(cameraId: string, quality: VideoQuality, source: StreamSource): Shared {
    const key = streamKey(cameraId, quality);
    const existing = this.streams.get(key);
    if (existing) return existing;
    const shared: Shared = { key, quality, watchers: new Set(), stream: undefined as unknown as ManagedStream, clock: new MediaClock(), timescale: null, url: source.url };
    shared.stream = this.opts.createStream(key, source, quality, {
      onInit: (init) => {
        shared.clock.reset();
        shared.clockOffsetMs = undefined;
        shared.timescale = timescaleFromInit(init);
        for (const w of shared.watchers) {
          w.waitingKeyframe = true;
          this.send(w, 'init', init, true);
        }
      },
      onMedia: (data, info) => {
        this.observeClock(shared, info);
        for (const w of shared.watchers) if (w.sentInit) this.deliverMedia(w, data, info);
      },
      onPhase: (phase, error) => {
        if (phase === 'stopped') return;
        const reason = error ? classifyStreamError(error, shared.url) : undefined;
        for (const w of shared.watchers) w.sink.sendState({ streamId: w.streamId, cameraId: w.cameraId, phase, error, errorKey: reason?.key, errorParams: reason?.params });
      },
    });
    this.streams.set(key, shared);
    this.log.info('video stream starting', { stream: key, kind: source.kind });
    shared.stream.start();
    return shared;
  }

  /** Learns wall time of the stream's media time from each fragment; tells watchers when it moves. */
  private observeClock(shared: Shared, info: FragmentInfo): void {
    if (info.decodeTime === null || !shared.timescale) return;
    const offset = shared.clock.observe({ mediaS: info.decodeTime / shared.timescale, receivedMs: Date.now() });
    if (offset === null || (shared.clockOffsetMs !== undefined && Math.abs(offset - shared.clockOffsetMs) < CLOCK_RESEND_MS)) return;
    shared.clockOffsetMs = offset;
    for (const w of shared.watchers) w.sink.sendState({ streamId: w.streamId, cameraId: w.cameraId, phase: 'live', clockOffsetMs: offset });
  }

  private deliverMedia(w: Watcher, data: Uint8Array, info: FragmentInfo): void {
    if (w.sink.bufferedBytes() > this.highWater) {
      if (w.dropped++ === 0) this.log.warn('window is slow: dropping video until the next keyframe', { stream: w.streamId, window: w.sink.windowId });
      w.waitingKeyframe = true;
      return;
    }
    if (w.waitingKeyframe && !info.keyframe) return;
    w.waitingKeyframe = false;
    w.dropped = 0;
    this.send(w, 'media', data, info.keyframe);
  }

  private send(w: Watcher, kind: 'init' | 'media', payload: Uint8Array, keyframe: boolean): void {
    if (kind === 'init') w.sentInit = true;
    try {
      w.sink.sendBinary(encodeVideoFrame({ streamId: w.streamId, kind, keyframe, payload }));
    } catch (err) {
      this.log.warn('video send to window failed', { window: w.sink.windowId, error: String(err) });
    }
  }

  private release(streamId: number): void {
    const entry = this.watchers.get(streamId);
    if (!entry) return;
    this.watchers.delete(streamId);
    const { shared } = entry;
    shared.watchers.delete(entry.watcher);
    if (shared.watchers.size > 0 || shared.grace) return;
    shared.grace = setTimeout(() => {
      if (shared.watchers.size > 0 || this.streams.get(shared.key) !== shared) return;
      this.streams.delete(shared.key);
      this.log.info('video stream stopped: nobody watches it', { stream: shared.key });
      void shared.stream.stop();
    }, this.graceMs);
  }
}

export function streamKey(cameraId: string, quality: VideoQuality): string {
  return `${cameraId}|${quality}`;
}

function phaseOf(stream: ManagedStream, url: string): Pick<VideoWatch, 'phase' | 'error' | 'errorKey' | 'errorParams'> {
  const phase = stream.phase === 'stopped' ? 'retrying' : stream.phase;
  if (!stream.lastError) return { phase };
  const reason = classifyStreamError(stream.lastError, url);
  return { phase, error: stream.lastError, errorKey: reason.key, errorParams: reason.params };
}
