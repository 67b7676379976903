// A simulated camera: a Scene rendered frame by frame, encoded to H.264 by ffmpeg, either into a file
// (as fast as possible, for tests and benchmarks) or published live to an RTSP server at 25 fps.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '../../../common/log';
import { GroundTruth } from './ground-truth';
import { SCENE_LAYOUT as L } from './layout';
import { FRAME_BYTES, SceneRenderer } from './render';
import { Scene, type SceneOptions } from './scene';

export const FFMPEG = process.env.WATCHFLOOR_FFMPEG ?? 'ffmpeg';
const FRAME_MS = 1000 / L.fps;

export interface SimulatedCameraOptions extends SceneOptions {
  /** Capture time of frame 0 (ms since epoch). */
  startMs?: number;
  /** Keep ground truth for every frame (tests, benchmarks); off for long-running demos. */
  keepTruth?: boolean;
}

const X264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-profile:v', 'baseline', '-pix_fmt', 'yuv420p', '-g', String(L.fps), '-bf', '0', '-crf', '21'];
const RAW_IN = ['-f', 'rawvideo', '-pix_fmt', 'yuv420p', '-s', `${L.width}x${L.height}`, '-r', String(L.fps), '-i', 'pipe:0'];

export class SimulatedCamera {
  readonly scene: Scene;
  readonly truth = new GroundTruth();
  private readonly renderer: SceneRenderer;
  private startMs: number;
  private readonly keepTruth: boolean;
  frameIndex = 0;

  constructor(opts: SimulatedCameraOptions = {}) {
    this.scene = new Scene(opts);
    this.renderer = new SceneRenderer((opts.seed ?? 7) + 1);
    this.startMs = Math.floor(opts.startMs ?? Date.now());
    this.keepTruth = opts.keepTruth ?? true;
  }

  /** Capture time of the next frame. */
  get nextFrameMs(): number {
    return this.startMs + Math.round(this.frameIndex * FRAME_MS);
  }

  /** Advances one frame period and draws it (skip = advance without drawing, as a camera dropping a frame). */
  nextFrame(out?: Uint8Array, skip = false): { frameMs: number; frame?: Uint8Array } {
    const frameMs = this.nextFrameMs;
    if (this.frameIndex > 0) this.scene.step(1 / L.fps);
    this.frameIndex++;
    if (skip) return { frameMs };
    if (this.keepTruth) this.truth.record(this.scene, frameMs);
    return { frameMs, frame: this.renderer.render(this.scene, frameMs, out) };
  }

  /** Renders `seconds` of video into an H.264 file (mp4/mkv by extension) as fast as ffmpeg encodes. */
  async encodeToFile(seconds: number, file: string): Promise<void> {
    const ff = spawn(FFMPEG, ['-hide_banner', '-loglevel', 'error', '-y', ...RAW_IN, ...X264, file], { stdio: ['pipe', 'ignore', 'pipe'] });
    const done = exited(ff);
    const buf = new Uint8Array(FRAME_BYTES);
    const frames = Math.round(seconds * L.fps);
    for (let i = 0; i < frames; i++) {
      const { frame } = this.nextFrame(buf);
      if (!ff.stdin!.write(Buffer.from(frame!))) await new Promise((r) => ff.stdin!.once('drain', r));
    }
    ff.stdin!.end();
    await done;
  }

  /**
   * Publishes live to an RTSP URL (TCP) in real time; restarts ffmpeg with backoff when the server
   * goes away. Frames are stamped with their capture time (wall clock).
   */
  publish(url: string, logger: Logger): { stop(): void } {
    let ff: ChildProcess | undefined;
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    let backoff = 500;
    const buf = new Uint8Array(FRAME_BYTES);
    const start = () => {
      if (stopped) return;
      const child = spawn(FFMPEG, ['-hide_banner', '-loglevel', 'error', ...RAW_IN, ...X264, '-f', 'rtsp', '-rtsp_transport', 'tcp', url], { stdio: ['pipe', 'ignore', 'pipe'] });
      ff = child;
      let err = '';
      child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-400)));
      child.stdin!.on('error', () => undefined);
      child.on('exit', (code) => {
        if (ff === child) ff = undefined;
        if (stopped) return;
        logger.warn('simulated camera encoder exited; restarting', { url, code, error: err.trim() });
        setTimeout(start, backoff);
        backoff = Math.min(10_000, backoff * 2);
      });
    };
    // Wall-clock paced: the scene advances with real time even while the encoder restarts.
    this.startMs = Date.now() - Math.round(this.frameIndex * FRAME_MS);
    const tick = () => {
      if (stopped) return;
      const due = this.nextFrameMs;
      const now = Date.now();
      if (now >= due) {
        const sink = ff?.stdin;
        // Drop the frame (still advancing the scene) when the encoder is absent or behind.
        const drop = !sink || !sink.writable || sink.writableLength > 2 * FRAME_BYTES;
        const { frame } = this.nextFrame(buf, drop);
        if (frame && sink) {
          sink.write(Buffer.from(frame));
          backoff = 500;
        }
      }
      timer = setTimeout(tick, Math.max(0, this.nextFrameMs - Date.now()));
    };
    start();
    tick();
    return {
      stop() {
        stopped = true;
        if (timer) clearTimeout(timer);
        ff?.stdin?.end();
        ff?.kill('SIGTERM');
      },
    };
  }
}

function exited(ff: ChildProcess): Promise<void> {
  let err = '';
  ff.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
  return new Promise((resolve, reject) => {
    ff.on('error', (e) => reject(new Error(`cannot run ${FFMPEG}: ${e.message}`)));
    ff.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${FFMPEG} exited with ${code}: ${err.trim()}`))));
  });
}
