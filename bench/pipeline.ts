// Events/s from the dispatch engine through the console core (gRPC → cache → coalescing → WebSocket
// window), against a bare grpc-js client of the same stream in the same run; plus web host cold start.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from '@playwright/test';
import WebSocket from 'ws';
import type { ServerFrame } from '../common/bridge/contract';
import { createLogger } from '../common/log';
import { startConsole } from '../main/console/start-console';
import { startWebHost } from '../main/host/web-host';
import { dispatchClient } from '../proto/clients';
import type { StoredIncident, StoredUnit } from '../services/dispatch/store';
import { startEngines } from '../services/launcher/start-engines';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const ROUNDS = 2;
const quiet = createLogger('bench', () => undefined);
const say = (msg: string) => process.stderr.write(`${msg}\n`);

export async function runPipelineBench(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bench-'));
  const engineDir = path.join(dir, 'engines');
  const seeding = await startEngines({ dataDir: engineDir, logger: quiet });
  const lastIncidentId = await fillLog(seeding.dispatch!.store, EVENTS);
  const { lastSeq } = await seeding.dispatch!.store.log.bounds();
  await seeding.stop();
  say(`log holds ${lastSeq} events`);
  // The engines run in their own process, as in production: the console and the bare client
  // are measured against the same server, each with the other core to itself.
  const engines = await spawnEngines(engineDir);

  const raw: number[] = [];
  const pipeline: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    raw.push(await rawRate(engines.addresses.dispatch, lastSeq));
    pipeline.push(await pipelineRate(engines.addresses, path.join(dir, `console-${round}`), lastSeq, lastIncidentId));
    say(`round ${round + 1}: raw ${Math.round(raw[round])}/s, pipeline ${Math.round(pipeline[round])}/s`);
  }
  await engines.stop();

  // `npm start`'s topology: engines embedded on a worker thread of the console process.
  fs.mkdirSync(path.join(dir, 'embedded'));
  fs.cpSync(engineDir, path.join(dir, 'embedded', 'engines'), { recursive: true });
  const embedded = await pipelineRate(null, path.join(dir, 'embedded'), lastSeq, lastIncidentId);
  say(`embedded (worker thread): ${Math.round(embedded)}/s`);

  const coldStartMs = await coldStart(path.join(dir, 'cold'));
  const best = (xs: number[]) => Math.max(...xs);
  return {
    events: lastSeq,
    events_per_s: Math.round(best(pipeline)),
    raw_grpc_events_per_s: Math.round(best(raw)),
    ratio: Number((best(pipeline) / best(raw)).toFixed(3)),
    embedded_events_per_s: Math.round(embedded),
    embedded_ratio: Number((embedded / best(raw)).toFixed(3)),
    cold_start_ms: Math.round(coldStartMs),
  };
}

/** Unit moves at 1 Hz for the demo fleet, with an incident every 500 events; returns the last incident id. */
async function fillLog(store: NonNullable<Awaited<ReturnType<typeof startEngines>>['dispatch']>['store'], n: number): Promise<string> {
  const units = (await store.snapshotUnits()).units;
  let lastIncident = '';
  const BATCH = 5000;
  for (let done = 0; done < n; ) {
    await store.db.transaction(async (tx) => {
      for (let i = 0; i < BATCH && done < n; i++, done++) {
        if (done % 500 === 499) {
          const id = `INC-B${String(done).padStart(7, '0')}`;
          const inc: StoredIncident = {
            id, type: 'congestion', priority: 3, status: 'new', location: { lat: 21.02, lon: 105.84 }, ward: 'Đống Đa', description: 'bench',
            source: 'camera', created_ms: Date.now(), updated_ms: Date.now(), version: 1, updated_by: 'bench',
          };
          await store.putIncident(tx, inc);
          await store.log.append(tx, 'incident', id, inc);
          lastIncident = id;
          continue;
        }
        const u = units[done % units.length];
        const moved: StoredUnit = { ...u, position: { lat: u.position.lat + (done % 100) * 1e-5, lon: u.position.lon }, version: u.version + done, updated_ms: Date.now() };
        await store.putUnit(tx, moved);
        await store.log.append(tx, 'unit', u.id, moved);
      }
    });
  }
  return lastIncident;
}

async function spawnEngines(dataDir: string): Promise<{ addresses: Record<string, string>; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/launcher/cli.ts', '--data', dataDir, '--no-demo'], {
    cwd: path.resolve(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const addresses: Record<string, string> = {};
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      for (const line of out.split('\n')) {
        const [name, address] = line.trim().split(' ');
        if (name && address) addresses[name] = address;
      }
      if (addresses.dispatch && addresses.siem && addresses.inference) resolve();
    });
    child.on('exit', (code) => reject(new Error(`engines exited with ${code}`)));
  });
  return {
    addresses,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function rawRate(address: string, lastSeq: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const client = dispatchClient(address);
    const t0 = performance.now();
    let count = 0;
    const stream = client.WatchDispatch({ after_seq: '0' });
    stream.on('data', (e: { seq: string }) => {
      count++;
      if (Number(e.seq) >= lastSeq) {
        const rate = count / ((performance.now() - t0) / 1000);
        stream.cancel();
        client.close();
        resolve(rate);
      }
    });
    stream.on('error', (err: { code: number }) => (err.code === 1 ? undefined : reject(err)));
  });
}

/** A fresh console replays the whole log; done when a WebSocket window has the last event and the cache has persisted it. */
async function pipelineRate(addresses: Record<string, string | undefined> | null, dataDir: string, lastSeq: number, lastIncidentId: string): Promise<number> {
  const t0 = performance.now();
  // null: the console embeds the engines itself (worker thread) over the same prefilled data.
  const runtime = addresses
    ? await startConsole({ dataDir, engineAddresses: addresses as never, embeddedEngines: false, simulate: false })
    : await startConsole({ dataDir, simulate: false });
  const host = await startWebHost({ bridge: runtime.bridge, rendererDir: path.resolve(__dirname, '../dist/renderer'), logger: quiet });
  const ws = new WebSocket(`${host.url.replace('http', 'ws')}bridge?role=incidents`);
  let windowEvents = 0;
  const seenInWindow = new Promise<void>((resolve) => {
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as ServerFrame;
      if (frame.t === 'event' && frame.event.channel === 'delta') {
        windowEvents += (frame.event.payload.incidents?.length ?? 0) + (frame.event.payload.units?.length ?? 0);
        if (frame.event.payload.incidents?.some((i) => i.id === lastIncidentId)) resolve();
      }
      if (frame.t === 'result' && (frame.result as { ok: boolean; value?: { incidents: { id: string }[] } }).value?.incidents.some((i) => i.id === lastIncidentId)) resolve();
    });
    ws.on('open', () => ws.send(JSON.stringify({ t: 'call', id: 1, method: 'getSnapshot', args: {} })));
  });
  await seenInWindow;
  const link = runtime.internals.links.dispatch;
  while (link.cachedSeq < lastSeq) await new Promise((r) => setTimeout(r, 2));
  const seconds = (performance.now() - t0) / 1000;
  say(`  window got ${windowEvents} coalesced records for ${lastSeq} events`);
  ws.close();
  await host.close();
  await runtime.stop();
  return lastSeq / seconds;
}

/** Spawn `npm start`'s web host, then time until a Chromium window shows a loaded, idle map. */
async function coldStart(dataDir: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--disable-quic', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  const port = 45000 + Math.floor(Math.random() * 5000);
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/host/cli.ts', '--no-open', '--web', '--port', String(port), '--data', dataDir], {
    cwd: path.resolve(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, WATCHFLOOR_LOG_LEVEL: 'warn' },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d) => {
        out += String(d);
        if (out.includes('?role=command')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`web host exited with ${code}: ${out}`)));
    });
    await page.goto(`http://127.0.0.1:${port}/?role=map`);
    await page.waitForFunction(() => {
      const m = (window as unknown as { __watchfloorMap?: { loaded(): boolean; isMoving(): boolean; queryRenderedFeatures(o: unknown): unknown[] } }).__watchfloorMap;
      return !!m && m.loaded() && !m.isMoving() && m.queryRenderedFeatures({ layers: ['units-circle'] }).length > 0;
    }, null, { timeout: 120_000, polling: 20 });
    return performance.now() - t0;
  } finally {
    child.kill('SIGTERM');
    await browser.close();
  }
}
