// The alerts window under load: 2,000 alert updates/s delivered through the console core's bridge
// (coalesced every 50 ms, one WebSocket frame per tick) into the ag-grid of a real alerts window in
// Chromium, which applies them as batched async transactions. Reports the page's frame time p95 while
// the updates flow, the same window's idle frame time p95 (same run), and the updates it received.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from '@playwright/test';
import { createLogger } from '../common/log';
import type { Alert, Severity } from '../common/domain/alert';
import { startConsole } from '../main/console/start-console';
import { startWebHost } from '../main/host/web-host';

const UPDATES_PER_S = Number(process.env.BENCH_GRID_UPDATES ?? 2_000);
const POOL = 5_000;
const RUN_MS = 10_000;
const IDLE_MS = 3_000;
const TICK_MS = 50;
const quiet = createLogger('bench', () => undefined);
const say = (msg: string) => process.stderr.write(`${msg}\n`);
const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical'];

function alertAt(i: number, version: number, now: number): Alert {
  return {
    id: `AL-B${String(i).padStart(6, '0')}`, ruleId: `wf-bench-${i % 8}`, title: `Bench detection ${i % 97} on CAM-${String(i % 1873).padStart(4, '0')}`,
    severity: SEVERITIES[(i + version) % 4], status: version % 5 === 0 ? 'acknowledged' : 'new', assetId: `CAM-${String(i % 1873).padStart(4, '0')}`,
    assetKind: 'camera', sourceIp: `203.0.${(i >> 8) & 255}.${i & 255}`, mitreTechnique: 'T1110', count: version, firstSeenMs: now - 60_000, lastSeenMs: now,
    createdMs: now - 60_000, updatedMs: now, version, acknowledgedBy: '', location: null, ward: 'Phường Hoàn Kiếm', detectDelayMs: 120,
    attackTags: ['attack.credential_access', 'attack.t1110'], assetCriticality: 3,
  };
}

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] : NaN;
};

export async function runSiemGridBench(): Promise<Record<string, number>> {
  const rendererDir = path.resolve(__dirname, '../dist/renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    say('building the renderer (dist/renderer missing)…');
    const b = spawnSync('npm', ['run', 'build:renderer'], { cwd: path.resolve(__dirname, '..'), stdio: 'inherit' });
    if (b.status !== 0) throw new Error('npm run build:renderer failed');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bench-grid-'));
  const runtime = await startConsole({ dataDir, simulate: false, demo: false });
  const host = await startWebHost({ bridge: runtime.bridge, rendererDir, logger: quiet });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: ['--disable-quic'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    // Counts alert records arriving in delta frames, and records every frame interval.
    // A string, not a function: tsx would wrap named functions in a __name() helper the page lacks.
    await page.addInitScript(`
      window.__bench = { received: 0, frames: [], recording: false };
      const Native = window.WebSocket;
      window.WebSocket = class extends Native {
        constructor(url, protocols) {
          super(url, protocols);
          this.addEventListener('message', (e) => {
            if (typeof e.data !== 'string' || !e.data.includes('"delta"')) return;
            const f = JSON.parse(e.data);
            if (f.t === 'event' && f.event.channel === 'delta') window.__bench.received += (f.event.payload.alerts || []).length;
          });
        }
      };
      let last = 0;
      const loop = (t) => {
        if (last && window.__bench.recording) window.__bench.frames.push(t - last);
        last = t;
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    `);
    await page.goto(`${host.url}?role=alerts`);
    await page.getByTestId('alerts-grid').waitFor();
    const bridge = runtime.internals.bridgeService;
    const versions = new Array<number>(POOL).fill(1);
    const t0 = Date.now();
    for (let i = 0; i < POOL; i += 500) bridge.publishDelta({ alerts: Array.from({ length: Math.min(500, POOL - i) }, (_, k) => alertAt(i + k, 1, t0)) });
    await page.waitForFunction((n) => (window as unknown as { __bench: { received: number } }).__bench.received >= n, POOL, { timeout: 60_000 });
    await page.waitForTimeout(1_000);

    const record = async (ms: number) => {
      await page.evaluate(() => {
        const b = (window as unknown as { __bench: { frames: number[]; recording: boolean } }).__bench;
        b.frames = [];
        b.recording = true;
      });
      await new Promise((r) => setTimeout(r, ms));
      return page.evaluate(() => {
        const b = (window as unknown as { __bench: { frames: number[]; recording: boolean; received: number } }).__bench;
        b.recording = false;
        return { frames: b.frames, received: b.received };
      });
    };
    const idle = await record(IDLE_MS);
    say(`idle: ${idle.frames.length} frames, p95 ${p95(idle.frames).toFixed(1)} ms`);

    // 2,000 updates/s as the core delivers them: publishDelta per update batch, one frame per window per 50 ms tick.
    let next = 0;
    let sent = 0;
    const before = idle.received;
    const from = Date.now();
    // Sends what is due by the clock, so a late timer under load does not lower the offered rate.
    const timer = setInterval(() => {
      const now = Date.now();
      const due = Math.floor(((now - from) * UPDATES_PER_S) / 1000) - sent;
      const batch: Alert[] = [];
      for (let k = 0; k < due; k++) {
        const i = next++ % POOL;
        batch.push(alertAt(i, ++versions[i], now));
      }
      sent += batch.length;
      if (batch.length) bridge.publishDelta({ alerts: batch });
    }, TICK_MS);
    // BENCH_GRID_PROFILE=1: the page's top functions by self time while the updates flow (stderr).
    const cdp = process.env.BENCH_GRID_PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const started = Date.now();
    const busy = await record(RUN_MS);
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      const self = new Map<string, number>();
      const dt = new Map<number, number>();
      profile.samples?.forEach((id, k) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[k] ?? 0)));
      for (const n of profile.nodes) {
        const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
      }
      for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) say(`  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
    }
    clearInterval(timer);
    const seconds = (Date.now() - started) / 1000;
    const delivered = busy.received - before;
    const shown = await page.evaluate(() => document.querySelectorAll('[data-testid="alerts-grid"] .ag-row').length);
    say(`busy: offered ${Math.round(sent / seconds)}/s, sent ${sent}, delivered ${delivered} in ${seconds.toFixed(1)} s, ${busy.frames.length} frames, p95 ${p95(busy.frames).toFixed(1)} ms, ${shown} rows rendered`);
    if (shown === 0) throw new Error('the alerts grid rendered no rows');
    return {
      grid_updates_per_s: Math.round(delivered / seconds),
      grid_offered_updates_per_s: Math.round(sent / seconds),
      grid_frame_p95_ms: Number(p95(busy.frames).toFixed(1)),
      grid_idle_frame_p95_ms: Number(p95(idle.frames).toFixed(1)),
      grid_fps: Number((busy.frames.length / seconds).toFixed(1)),
    };
  } finally {
    await browser.close();
    await host.close();
    await runtime.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
