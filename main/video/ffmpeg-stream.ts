// One ffmpeg child for one camera at one quality: fragmented MP4 out, init cached, restarts with backoff.
import { spawn, type ChildProcess } from 'node:child_process';
import { Fmp4Splitter, type FragmentInfo } from '../../common/video/fmp4';
import type { Logger } from '../../common/log';
import { ffmpegArgs, type StreamSource, type SubStreamProfile, type VideoQuality } from './stream-source';
import { probeVideoCodec } from './probe';

export type StreamPhase = 'starting' | 'live' | 'retrying' | 'stopped';

export interface FfmpegStreamEvents {
  onInit(init: Uint8Array): void;
  onMedia(data: Uint8Array, info: FragmentInfo): void;
  onPhase(phase: StreamPhase, error?: string): void;
}

export interface FfmpegStreamOptions {
  ffmpegPath: string;
  ffprobePath: string;
  /** Backoff after an exit: first delay, doubled up to the max. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  subStream?: SubStreamProfile;
}

export class FfmpegStream {
  phase: StreamPhase = 'starting';
  init: Uint8Array | null = null;
  lastError: string | undefined;
  private child: ChildProcess | null = null;
  private retryTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private stopped = false;
  private copyVideo: boolean | null = null;

  constructor(
    readonly key: string,
    private readonly source: StreamSource,
    readonly quality: VideoQuality,
    private readonly opts: FfmpegStreamOptions,
    private readonly events: FfmpegStreamEvents,
    private readonly log: Logger,
  ) {}

  start(): void {
    void this.launch();
  }

  private setPhase(phase: StreamPhase, error?: string): void {
    this.phase = phase;
    this.lastError = error;
    this.events.onPhase(phase, error);
  }

  private async launch(): Promise<void> {
    if (this.stopped) return;
    if (this.copyVideo === null && this.source.kind !== 'synthetic') {
      const codec = await probeVideoCodec(this.opts.ffprobePath, this.source);
      if (this.stopped) return;
      if (!codec.ok) return this.exited(codec.error);
      this.copyVideo = codec.codec === 'h264';
    }
    const args = ffmpegArgs(this.source, this.quality, this.copyVideo === true, this.opts.subStream);
    const child = spawn(this.opts.ffmpegPath, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    this.child = child;
    const splitter = new Fmp4Splitter();
    let stderr = '';
    let produced = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      let segments;
      try {
        segments = splitter.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      } catch (err) {
        this.log.warn('ffmpeg wrote malformed MP4; restarting it', { stream: this.key, error: String(err) });
        child.kill('SIGKILL');
        return;
      }
      for (const s of segments) {
        if (s.kind === 'init') {
          this.init = s.data;
          this.events.onInit(s.data);
        } else {
          if (!produced) {
            produced = true;
            this.failures = 0;
            this.setPhase('live');
          }
          this.events.onMedia(s.data, s.info);
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    child.on('error', (err) => this.log.warn('ffmpeg could not start', { stream: this.key, error: String(err) }));
    child.on('close', (code, signal) => {
      if (this.child !== child) return;
      this.child = null;
      const last = stderr.trim().split('\n').pop() ?? '';
      this.exited(`ffmpeg exited (${signal ?? `code ${code}`})${last ? `: ${last}` : ''}`);
    });
  }

  private exited(error: string): void {
    if (this.stopped) return;
    this.failures += 1;
    const base = this.opts.retryBaseMs ?? 1000;
    const delay = Math.min(this.opts.retryMaxMs ?? 15_000, base * 2 ** (this.failures - 1));
    this.log.warn('video stream stopped; retrying', { stream: this.key, url: this.source.url, error, retryInMs: delay });
    this.setPhase('retrying', error);
    this.retryTimer = setTimeout(() => void this.launch(), delay);
  }

  /** Kills ffmpeg (SIGTERM, then SIGKILL) and resolves when it has exited. */
  stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.phase = 'stopped';
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 2000);
      child.once('close', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
