// Runs the analytics over a simulated scene end to end: the simulator renders and ffmpeg encodes H.264,
// ffmpeg decodes it again for analysis, and the output is scored against the scene's ground truth.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { simulatorAnalyticsConfig } from '../simulator/layout';
import { SimulatedCamera, type SimulatedCameraOptions } from '../simulator/simulated-camera';
import { CameraAnalytics, type FrameResult } from './camera-analytics';
import { scoreAgainstTruth, type Score } from './evaluate';
import { decodeFrames } from './frame-source';
import { MotionDetector } from './motion-detector';

export interface ScenarioRun {
  results: FrameResult[];
  score: Score;
  camera: SimulatedCamera;
  file: string;
  /** Analysis pass: wall time, and CPU of this process (analytics) and of ffmpeg (decode). */
  wallSeconds: number;
  analyticsCpuSeconds: number;
  ffmpegCpuSeconds: number | undefined;
}

export const WARM_UP_MS = 2000;

/** Renders `seconds` of a scene into a video file (in dir, or a temp dir). */
export async function renderScenario(opts: SimulatedCameraOptions, seconds: number, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-sim-'))): Promise<{ camera: SimulatedCamera; file: string }> {
  const camera = new SimulatedCamera({ startMs: Date.UTC(2026, 10, 23, 1, 0, 0), ...opts });
  const file = path.join(dir, `scene-${opts.seed ?? 7}.mp4`);
  await camera.encodeToFile(seconds, file);
  return { camera, file };
}

/** Analyses a video file as fast as possible and scores it against the camera's truth. */
export async function analyseScenario(camera: SimulatedCamera, file: string, analysis: { width?: number; height?: number; fps?: number } = {}): Promise<ScenarioRun> {
  const config = simulatorAnalyticsConfig();
  const analytics = new CameraAnalytics(config, new MotionDetector({ region: config.detectionRegion }));
  const results: FrameResult[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const source = decodeFrames({ input: file, ...analysis, timestampStrip: config.timestampStrip }, async (f) => {
    results.push(await analytics.analyse(f));
  });
  await source.done;
  const wallSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const first = results[0]?.frameMs ?? 0;
  return {
    results,
    score: scoreAgainstTruth(results, camera.truth, first + WARM_UP_MS),
    camera,
    file,
    wallSeconds,
    analyticsCpuSeconds: (cpu.user + cpu.system) / 1e6,
    ffmpegCpuSeconds: source.ffmpegCpuSeconds(),
  };
}
