// Analytics throughput and accuracy on simulator scenes. The simulator renders street video with exact
// ground truth, ffmpeg encodes it to H.264; then the analyser decodes (ffmpeg, 25 → 5 fps, 320×180) and
// analyses it as fast as it can. Reference, same run, same file: ffmpeg's decode alone (bare decode of
// every frame, and the analyser's exact decode pipeline with no analysis after it).
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { analyseScenario, renderScenario, type ScenarioRun } from '../services/inference/analytics/scenario-run';
import { FFMPEG, ffmpegDecodeArgs } from '../services/inference/analytics/frame-source';

const SECONDS = Number(process.env.BENCH_ANALYTICS_SECONDS ?? 40);
const CORES = 2;
const ANALYSIS_FPS = 5;
const say = (msg: string) => process.stderr.write(`${msg}\n`);
const r3 = (v: number) => Math.round(v * 1000) / 1000;

const SCENES = {
  day: { seed: 41, traffic: (t: number) => 0.4 + 0.5 * Math.abs(Math.sin(t / 12)), flood: (t: number) => Math.max(0, (t - 10) / 20), weather: () => ({ night: false, rain: false }) },
  night_rain: { seed: 43, traffic: () => 0.7, flood: () => 0, weather: () => ({ night: true, rain: true }) },
};

/** ffmpeg's own CPU and wall time for a run (-benchmark prints utime/stime/rtime). */
async function ffmpegBench(args: string[]): Promise<{ cpu: number; wall: number }> {
  const withInfo = args.map((a, i) => (args[i - 1] === '-loglevel' ? 'info' : a)); // -benchmark prints at info
  const r = await promisify(execFile)(FFMPEG, ['-benchmark', '-y', ...withInfo], { maxBuffer: 1024 * 1024 * 1024, encoding: 'buffer' });
  const m = /utime=([\d.]+)s stime=([\d.]+)s rtime=([\d.]+)s/.exec(r.stderr.toString());
  if (!m) throw new Error(`ffmpeg -benchmark printed no timing: ${r.stderr.toString().slice(-300)}`);
  return { cpu: Number(m[1]) + Number(m[2]), wall: Number(m[3]) };
}

export async function runAnalyticsBench(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bench-analytics-'));
  const runs: Record<string, ScenarioRun> = {};
  const refs: Record<string, { bareDecodeFps: number; bareDecodeCpuPerFrame: number; pipelineCpuPerAnalysedFrame: number }> = {};
  try {
    for (const [name, scene] of Object.entries(SCENES)) {
      say(`rendering ${SECONDS} s of ${name} …`);
      const { camera, file } = await renderScenario(scene, SECONDS, dir);
      const sourceFrames = camera.truth.frames.length;
      // Reference 1: bare decode of every 25 fps frame, one thread, nothing after it.
      const bare = await ffmpegBench(['-hide_banner', '-loglevel', 'error', '-threads', '1', '-i', file, '-f', 'null', '-']);
      // Reference 2: the analyser's decode pipeline (25 → 5 fps, scale, raw frames) with no analysis.
      const pipe = await ffmpegBench(ffmpegDecodeArgs({ input: file }).map((a) => (a === 'pipe:1' ? '/dev/null' : a)));
      say(`analysing ${name} …`);
      const run = await analyseScenario(camera, file);
      runs[name] = run;
      refs[name] = {
        bareDecodeFps: sourceFrames / bare.wall,
        bareDecodeCpuPerFrame: bare.cpu / sourceFrames,
        pipelineCpuPerAnalysedFrame: pipe.cpu / run.results.length,
      };
      const s = run.score;
      say(`${name}: ${run.results.length} frames in ${run.wallSeconds.toFixed(2)} s; node ${run.analyticsCpuSeconds.toFixed(2)} s CPU, ffmpeg ${run.ffmpegCpuSeconds?.toFixed(2)} s CPU; ` +
        `P ${s.detection.precision} R ${s.detection.recall}; counts ${JSON.stringify(s.counts.measured)} vs ${JSON.stringify(s.counts.truth)}; ` +
        `intrusions ${s.intrusions.matched}/${s.intrusions.truth} (${s.intrusions.measured} raised); congestion agreement ${s.congestion.agreement}; flood ${JSON.stringify(s.flood)}`);
      for (const [cls, c] of Object.entries(s.perClass)) say(`  ${cls}: P ${c.precision} R ${c.recall} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const all = Object.values(runs);
  const frames = all.reduce((a, r) => a + r.results.length, 0);
  const wall = all.reduce((a, r) => a + r.wallSeconds, 0);
  const cpu = all.reduce((a, r) => a + r.analyticsCpuSeconds + (r.ffmpegCpuSeconds ?? 0), 0);
  const nodeCpu = all.reduce((a, r) => a + r.analyticsCpuSeconds, 0);
  const sum = (k: 'tp' | 'fp' | 'fn') => all.reduce((a, r) => a + r.score.detection[k], 0);
  const tp = sum('tp');
  const countErr = all.reduce((a, r) => a + Math.abs(r.score.counts.measured.eastbound - r.score.counts.truth.eastbound) + Math.abs(r.score.counts.measured.westbound - r.score.counts.truth.westbound), 0);
  const countTruth = all.reduce((a, r) => a + r.score.counts.truth.eastbound + r.score.counts.truth.westbound, 0);
  const cpuPerFrame = cpu / frames;
  const refList = Object.values(refs);
  const refPipeCpu = refList.reduce((a, r) => a + r.pipelineCpuPerAnalysedFrame, 0) / refList.length;
  const intr = all.reduce((a, r) => ({ m: a.m + r.score.intrusions.matched, t: a.t + r.score.intrusions.truth, g: a.g + r.score.intrusions.measured }), { m: 0, t: 0, g: 0 });
  const flood = runs.day.score.flood;
  return {
    fps_per_camera: Math.round(frames / wall),
    cameras_at_5fps: Math.floor(CORES / (cpuPerFrame * ANALYSIS_FPS)),
    precision: r3(tp / (tp + sum('fp'))),
    recall: r3(tp / (tp + sum('fn'))),
    count_error_pct: Math.round((countErr / countTruth) * 1000) / 10,
    crossings_true: countTruth,
    intrusion_precision: r3(intr.g ? intr.m / intr.g : 1),
    intrusion_recall: r3(intr.t ? intr.m / intr.t : 1),
    congestion_agreement: r3(all.reduce((a, r) => a + r.score.congestion.agreement, 0) / all.length),
    flood_alarm_delay_ms: flood.alarmOnsetMs && flood.truthOnsetMs ? flood.alarmOnsetMs - flood.truthOnsetMs : null,
    cpu_ms_per_frame: r3(cpuPerFrame * 1000),
    analysis_cpu_ms_per_frame: r3((nodeCpu / frames) * 1000),
    ref_decode_fps: Math.round(refList.reduce((a, r) => a + r.bareDecodeFps, 0) / refList.length),
    ref_cameras_at_5fps_decode_only: Math.floor(CORES / (refPipeCpu * ANALYSIS_FPS)),
    ratio_to_decode_only: r3(refPipeCpu / cpuPerFrame),
  };
}
