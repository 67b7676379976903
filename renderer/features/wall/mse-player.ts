// Plays one stream's fragmented MP4 in a <video> through Media Source Extensions, at the live edge.
import { codecFromInit } from '../../../common/video/fmp4';
import { liveEdgeDecision } from './model/live-edge';

const FALLBACK_CODEC = 'avc1.42E01E';
const MAX_QUEUED = 60;

export interface PlaybackStats {
  fps: number;
  kbps: number;
  /** Seconds between the playhead and the newest frame received. */
  latencyS: number;
  droppedFrames: number;
  playing: boolean;
}

export class MsePlayer {
  private source: MediaSource | null = null;
  private buffer: SourceBuffer | null = null;
  private objectUrl: string | null = null;
  private queue: Uint8Array[] = [];
  private waitingKeyframe = true;
  private bytes = 0;
  private lastFrames = 0;
  private lastSample = performance.now();
  private lastTime = -1;
  private disposed = false;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly onError: (message: string) => void,
  ) {}

  /** A new init segment: a new stream (or ffmpeg restarted with fresh timestamps), so start a fresh MediaSource. */
  init(data: Uint8Array): void {
    this.reset();
    const codec = codecFromInit(data) ?? FALLBACK_CODEC;
    const mime = `video/mp4; codecs="${codec}"`;
    if (!MediaSource.isTypeSupported(mime)) return this.onError(`this browser cannot play ${mime}`);
    const source = new MediaSource();
    this.source = source;
    this.objectUrl = URL.createObjectURL(source);
    this.video.src = this.objectUrl;
    source.addEventListener('sourceopen', () => {
      if (this.source !== source || this.disposed) return;
      try {
        const sb = source.addSourceBuffer(mime);
        sb.mode = 'segments';
        sb.addEventListener('updateend', () => this.pump());
        sb.addEventListener('error', () => this.onError('the video decoder rejected a fragment'));
        this.buffer = sb;
        this.queue.unshift(data);
        this.pump();
      } catch (err) {
        this.onError(`cannot open the video buffer: ${String(err)}`);
      }
    }, { once: true });
  }

  media(data: Uint8Array, keyframe: boolean): void {
    if (!this.source) return;
    if (this.waitingKeyframe && !keyframe) return;
    this.waitingKeyframe = false;
    this.bytes += data.byteLength;
    // A tab in the background stops draining; start again from a keyframe rather than piling up.
    if (this.queue.length >= MAX_QUEUED) {
      this.queue = this.queue.slice(0, this.buffer ? 0 : 1);
      this.waitingKeyframe = true;
      return;
    }
    this.queue.push(data);
    this.pump();
  }

  private pump(): void {
    const sb = this.buffer;
    if (!sb || sb.updating || this.queue.length === 0 || this.source?.readyState !== 'open') return;
    try {
      sb.appendBuffer(this.queue.shift()! as Uint8Array<ArrayBuffer>);
    } catch (err) {
      this.onError(`appending video failed: ${String((err as Error).message ?? err)}`);
    }
  }

  /** Called about once a second: keeps the live edge, trims the buffer, samples the health figures. */
  tick(): PlaybackStats {
    const v = this.video;
    const ranges: [number, number][] = [];
    for (let i = 0; i < v.buffered.length; i++) ranges.push([v.buffered.start(i), v.buffered.end(i)]);
    const edge = liveEdgeDecision({ currentTime: v.currentTime, ranges });
    if (edge.seekTo !== null) v.currentTime = edge.seekTo;
    const sb = this.buffer;
    if (edge.trimTo !== null && sb && !sb.updating && edge.trimTo > ranges[0][0]) {
      try {
        sb.remove(0, edge.trimTo);
      } catch {
        // The buffer was busy or closed; the next tick trims.
      }
    }
    if (v.paused && ranges.length && !this.disposed) void v.play().catch(() => undefined);
    const now = performance.now();
    const seconds = Math.max(0.001, (now - this.lastSample) / 1000);
    const q = v.getVideoPlaybackQuality();
    // Frames shown: decoded minus dropped (totalVideoFrames counts both).
    const shownFrames = q.totalVideoFrames - q.droppedVideoFrames;
    const fps = Math.max(0, shownFrames - this.lastFrames) / seconds;
    const kbps = (this.bytes * 8) / 1000 / seconds;
    this.lastFrames = shownFrames;
    this.bytes = 0;
    this.lastSample = now;
    // A stream that died leaves the element "not paused" on its last frame: playing means the playhead moves.
    const advanced = v.currentTime !== this.lastTime;
    this.lastTime = v.currentTime;
    return { fps, kbps, latencyS: edge.seekTo !== null ? 0.3 : edge.behindS, droppedFrames: q.droppedVideoFrames, playing: !v.paused && v.readyState >= 2 && advanced };
  }

  private reset(): void {
    this.queue = [];
    this.waitingKeyframe = true;
    this.buffer = null;
    if (this.source?.readyState === 'open') {
      try {
        this.source.endOfStream();
      } catch {
        // Already ending: nothing to do.
      }
    }
    this.source = null;
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = null;
    this.lastFrames = 0;
  }

  dispose(): void {
    this.disposed = true;
    this.reset();
    this.video.removeAttribute('src');
    this.video.load();
  }
}
