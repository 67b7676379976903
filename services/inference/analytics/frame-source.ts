// Frames for analysis: ffmpeg decodes a camera stream (RTSP over TCP, HTTP, or a file) and writes raw
// yuv420p frames at the analysis size and rate to a pipe.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import type { AnalyticsConfig } from './config';
import type { AnalysisFrame } from './detector';
import { readStrip } from './timestamp-strip';

export const FFMPEG = process.env.WATCHFLOOR_FFMPEG ?? 'ffmpeg';

export interface FrameSourceOptions {
  /** rtsp://…, http(s)://… or a file path. */
  input: string;
  width?: number;
  height?: number;
  /** Frames analysed per second. */
  fps?: number;
  /** Read a file at its own pace (as if live) instead of as fast as possible. */
  realtime?: boolean;
  timestampStrip?: AnalyticsConfig['timestampStrip'];
}

export interface FrameSource {
  /** Resolves when the stream ends (rejects with ffmpeg's error when it fails). */
  done: Promise<void>;
  stop(): void;
  /** CPU seconds ffmpeg used (user + system), once it has exited. */
  ffmpegCpuSeconds(): number | undefined;
}

export function ffmpegDecodeArgs(o: FrameSourceOptions): string[] {
  const W = o.width ?? 320;
  const H = o.height ?? 180;
  const input = /^rtsps?:\/\//i.test(o.input)
    ? ['-rtsp_transport', 'tcp', '-timeout', '5000000', '-i', o.input]
    : /^https?:\/\//i.test(o.input)
      ? ['-rw_timeout', '5000000', '-i', o.input]
      : [...(o.realtime ? ['-re'] : []), '-i', o.input];
  return [
    '-hide_banner', '-loglevel', 'error', '-nostdin', '-threads', '1', ...input,
    '-map', '0:v:0', '-an',
    '-vf', `fps=${o.fps ?? 5},scale=${W}:${H}:flags=area`,
    '-pix_fmt', 'yuv420p', '-f', 'rawvideo', 'pipe:1',
  ];
}

/** Starts decoding; onFrame is awaited before the next frame is read (backpressure into ffmpeg). */
export function decodeFrames(o: FrameSourceOptions, onFrame: (f: AnalysisFrame) => Promise<void> | void): FrameSource {
  const W = o.width ?? 320;
  const H = o.height ?? 180;
  if (W % 2 || H % 2) throw new Error(`analysis size ${W}x${H}: width and height must be even`);
  const ySize = W * H;
  const cSize = (W / 2) * (H / 2);
  const frameBytes = ySize + 2 * cSize;
  const ff = spawn(FFMPEG, ffmpegDecodeArgs(o), { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  ff.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  let cpu: number | undefined;
  let stopped = false;
  const strip = o.timestampStrip;
  const exit = new Promise<number | null>((resolve, reject) => {
    ff.on('error', (e) => reject(new Error(`cannot run ${FFMPEG}: ${e.message}`)));
    ff.on('exit', (code) => {
      // resourceUsage of a child is not exposed; /proc gives it only while alive, so it is read at stdout end.
      resolve(code);
    });
  });
  const done = (async () => {
    let pending: Buffer = Buffer.alloc(0);
    for await (const chunk of ff.stdout as AsyncIterable<Buffer>) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      while (pending.length >= frameBytes) {
        const raw = new Uint8Array(pending.subarray(0, frameBytes));
        pending = pending.subarray(frameBytes);
        const y = raw.subarray(0, ySize);
        const stamped = strip ? readStrip(y, W, strip.geometry, W / strip.sourceWidth, H / strip.sourceHeight) : null;
        await onFrame({ width: W, height: H, y, u: raw.subarray(ySize, ySize + cSize), v: raw.subarray(ySize + cSize), frameMs: stamped ?? Date.now() });
        if (stopped) break;
      }
      if (stopped) break;
    }
    cpu = childCpuSeconds(ff.pid);
    const code = await exit;
    if (!stopped && code !== 0) throw new Error(`ffmpeg could not read ${o.input}: ${stderr.trim().split('\n').pop() || `exit code ${code}`}`);
  })();
  return {
    done,
    stop() {
      stopped = true;
      ff.kill('SIGTERM');
    },
    ffmpegCpuSeconds: () => cpu,
  };
}

/** CPU seconds of a live (or zombie, not yet reaped) process from /proc; undefined elsewhere. */
export function childCpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime in clock ticks (100 Hz)
  } catch {
    return undefined;
  }
}
