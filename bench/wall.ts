// `npm run bench -- wall`: 16 live tiles at 25 fps in Chromium through the web host's one WebSocket.
// Figures: frames shown per tile per second, dropped frames, CPU (console main process + Chromium;
// ffmpeg reported apart), and latency from a frame's media time to display.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import WebSocket from 'ws';
import { chromium } from '@playwright/test';
import { startConsole } from '../main/console/start-console';
import { startWebHost } from '../main/host/web-host';
import { createLogger } from '../common/log';
import type { ServerFrame } from '../common/bridge/contract';
import { decodeVideoFrame } from '../common/video/frame-header';
import { inspectFragment, timescaleFromInit } from '../common/video/fmp4';
import type { VideoWatch } from '../common/video/video-types';

const TILES = 16;
const WARMUP_MS = 8000;
const MEASURE_MS = 15_000;
const say = (msg: string) => process.stderr.write(`[wall] ${msg}\n`);

/** CPU seconds (user + system) of each process, from /proc. */
function cpuByPid(): Map<number, { ppid: number; name: string; cpu: number }> {
  const tick = 100; // USER_HZ on Linux
  const out = new Map<number, { ppid: number; name: string; cpu: number }>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(d), { ppid: Number(f[1]), name, cpu: (Number(f[11]) + Number(f[12])) / tick });
    } catch {
      // The process ended while we read.
    }
  }
  return out;
}

function descendants(all: ReturnType<typeof cpuByPid>, root: number): number[] {
  const found = [root];
  for (let i = 0; i < found.length; i++) for (const [pid, p] of all) if (p.ppid === found[i]) found.push(pid);
  return found;
}

/** Playwright starts Chromium as a child of this process; the console core runs in this process too. */
function sample() {
  const all = cpuByPid();
  const sum = (pids: number[]) => pids.reduce((n, p) => n + (all.get(p)?.cpu ?? 0), 0);
  const mine = descendants(all, process.pid).filter((p) => p !== process.pid);
  const ffmpeg = mine.filter((p) => all.get(p)?.name === 'ffmpeg');
  const chromiumRoots = mine.filter((p) => /chrom/i.test(all.get(p)?.name ?? '') && !/chrom/i.test(all.get(all.get(p)!.ppid)?.name ?? ''));
  return { main: process.cpuUsage(), chromium: sum(chromiumRoots.flatMap((r) => descendants(all, r))), ffmpeg: sum(ffmpeg) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function runWallBench(): Promise<Record<string, unknown>> {
  const quiet = createLogger('bench', () => undefined);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bench-wall-'));
  const runtime = await startConsole({ dataDir, simulate: false, video: { subStream: { maxHeight: 360, fps: 25 } } });
  const host = await startWebHost({ bridge: runtime.bridge, rendererDir: path.resolve(__dirname, '../dist/renderer'), logger: quiet });
  const deadline = Date.now() + 20_000;
  while (runtime.internals.state.cameras.size < TILES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const cameras = [...runtime.internals.state.cameras.keys()].sort().slice(0, TILES);
  if (cameras.length < TILES) throw new Error(`the demo has ${cameras.length} cameras, the bench needs ${TILES}`);

  // A probe client watches the same sub-streams first (the page's tiles share them) and times each
  // fragment's arrival against its media time, counted from when its stream was asked for.
  const probe = new WebSocket(`${host.url.replace('http', 'ws')}bridge?role=wall`);
  await new Promise((r) => probe.once('open', r));
  const askedAt = new Map<number, number>();
  const timescales = new Map<number, number>();
  const delays: number[] = [];
  const answers = new Map<number, (w: VideoWatch) => void>();
  probe.on('message', (data, isBinary) => {
    if (!isBinary) {
      const f = JSON.parse(String(data)) as ServerFrame;
      if (f.t === 'result' && f.result.ok) answers.get(f.id)?.(f.result.value as VideoWatch);
      return;
    }
    const d = decodeVideoFrame(new Uint8Array(data as Buffer));
    if (!d.ok) return;
    const { streamId, kind, payload } = d.frame;
    if (kind === 'init') timescales.set(streamId, timescaleFromInit(payload) ?? 0);
    else if (timescales.get(streamId) && askedAt.has(streamId)) {
      const mediaS = (inspectFragment(payload).decodeTime ?? 0) / timescales.get(streamId)!;
      delays.push(performance.now() - askedAt.get(streamId)! - mediaS * 1000);
    }
  });
  let callId = 0;
  for (const cameraId of cameras) {
    const id = ++callId;
    const t = performance.now();
    const watch = await new Promise<VideoWatch>((resolve) => {
      answers.set(id, resolve);
      probe.send(JSON.stringify({ t: 'call', id, method: 'watchVideo', args: { cameraId, quality: 'sub' } }));
    });
    askedAt.set(watch.streamId, t);
  }

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--disable-quic', '--autoplay-policy=no-user-gesture-required', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.addInitScript(() => {
    localStorage.setItem('watchfloor.wall.layout', '4x4');
    localStorage.setItem('watchfloor.wall.panel', 'closed');
  });
  await page.goto(`${host.url}?role=wall`);
  say(`${cameras.length} cameras, warming up ${WARMUP_MS / 1000} s`);
  await page.waitForTimeout(WARMUP_MS);

  const quality = () =>
    page.$$eval('video.tile-video', (vs) =>
      vs.map((v) => {
        const video = v as HTMLVideoElement;
        const q = video.getVideoPlaybackQuality();
        const end = video.buffered.length ? video.buffered.end(video.buffered.length - 1) : video.currentTime;
        // The overlay maps each shown frame to the wall-clock time it was produced (media-clock.ts).
        const glass = Number(video.parentElement?.querySelector('canvas')?.dataset.latencyMs);
        return { total: q.totalVideoFrames, dropped: q.droppedVideoFrames, behind: end - video.currentTime, playing: video.readyState >= 2 && !video.paused, glass };
      }),
    );
  const before = await quality();
  const cpu0 = sample();
  const t0 = performance.now();
  delays.length = 0;
  const behind: number[] = [];
  const glass: number[] = [];
  while (performance.now() - t0 < MEASURE_MS) {
    await page.waitForTimeout(1000);
    for (const q of await quality()) {
      behind.push(q.behind);
      if (Number.isFinite(q.glass) && q.glass > 0) glass.push(q.glass);
    }
  }
  const after = await quality();
  const cpu1 = sample();
  const seconds = (performance.now() - t0) / 1000;

  // totalVideoFrames counts every decoded frame, dropped ones included.
  const decoded = after.reduce((n, q, i) => n + q.total - (before[i]?.total ?? 0), 0);
  const dropped = after.reduce((n, q, i) => n + q.dropped - (before[i]?.dropped ?? 0), 0);
  const shown = decoded - dropped;
  const mainCpu = (cpu1.main.user - cpu0.main.user + cpu1.main.system - cpu0.main.system) / 1e6;
  // Pipeline delay: the earliest a fragment arrives after its media time, counted from the watch call, so
  // ffmpeg's start-up is included: an upper bound on source → main → WebSocket delay.
  const pipelineMs = Math.min(...delays);
  const playing = after.filter((q) => q.playing).length;
  await page.screenshot({ path: path.resolve(__dirname, '../test-results/screens/bench-wall.png') });
  probe.close();
  await browser.close();
  await host.close();
  await runtime.stop();
  const fps = shown / seconds / after.length;
  const result = {
    tiles: after.length,
    playing,
    fps: Number(fps.toFixed(1)),
    source_fps: 25,
    dropped_pct: Number(((100 * dropped) / Math.max(1, decoded)).toFixed(2)),
    cpu_cores: Number(((mainCpu + cpu1.chromium - cpu0.chromium) / seconds).toFixed(2)),
    cpu_main_cores: Number((mainCpu / seconds).toFixed(2)),
    cpu_chromium_cores: Number(((cpu1.chromium - cpu0.chromium) / seconds).toFixed(2)),
    ffmpeg_cores: Number(((cpu1.ffmpeg - cpu0.ffmpeg) / seconds).toFixed(2)),
    // Source frame produced (ffmpeg's clock, mapped by main) to the frame presented in Chromium.
    latency_ms: glass.length ? Math.round(median(glass)) : Math.round(pipelineMs + median(behind) * 1000),
    latency_estimate_ms: Math.round(pipelineMs + median(behind) * 1000),
    pipeline_ms: Math.round(pipelineMs),
    behind_live_ms: Math.round(median(behind) * 1000),
    machine_cores: os.cpus().length,
  };
  say(JSON.stringify(result));
  return result;
}
