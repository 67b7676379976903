// `npm run bench -- dispatch`: 50 console clients on WatchDispatch streams while 1,000 incident/unit
// updates per second go into the dispatch engine; propagation latency (update sent → event received,
// every client) p50/p99, against a bare grpc-js fan-out server of the same messages in the same run.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import type { DispatchServiceClient } from '../proto/gen/watchfloor/dispatch/v1/DispatchService';
import { CHANNEL_OPTIONS, loadProtos } from '../proto/loader';
import { callUnary } from '../proto/clients';
import { Worker } from 'node:worker_threads';
import { BENCH_UNITS } from './dispatch-servers';
import { nowAbs, threadCpuSeconds, type ClientsJob } from './dispatch-clients';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Every INCIDENT_EVERY-th update creates an incident; the rest are unit position reports (AVL). */
const INCIDENT_EVERY = 10;
const TICK_MS = 10;
/** BENCH_ONLY=engine or reference measures one side only (when iterating on one of them). */
const ONLY = process.env.BENCH_ONLY ?? '';
const say = (msg: string) => process.stderr.write(`${msg}\n`);

export async function runDispatchBench(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bench-dispatch-'));
  const skipped: Measurement = { p50: NaN, p99: NaN, rate: NaN, received: 0, expected: 0, failed: 0, cpu: { server: NaN, clients: NaN, writer: NaN } };
  const ref = ONLY === 'engine' ? skipped : await measure('reference', dir);
  if (ONLY !== 'engine') say(`reference fan-out: p50 ${ref.p50.toFixed(1)} ms, p99 ${ref.p99.toFixed(1)} ms, ${ref.received} deliveries, CPU s ${JSON.stringify(ref.cpu)}`);
  const eng = ONLY === 'reference' ? skipped : await measure('engine', dir);
  if (ONLY !== 'reference') say(`dispatch engine: p50 ${eng.p50.toFixed(1)} ms, p99 ${eng.p99.toFixed(1)} ms, ${eng.received} deliveries, CPU s ${JSON.stringify(eng.cpu)}`);
  return {
    clients: CLIENTS,
    updates_per_s: Math.round(eng.rate),
    seconds: SECONDS,
    propagation_p50_ms: round(eng.p50),
    propagation_p99_ms: round(eng.p99),
    ref_p50_ms: round(ref.p50),
    ref_p99_ms: round(ref.p99),
    p99_ratio: round(eng.p99 / ref.p99),
    delivered: eng.received,
    expected: eng.expected,
    failed_writes: eng.failed,
    // CPU seconds per role over the run: where the 2 cores went (engine, then reference).
    cpu_s: { engine: eng.cpu, reference: ref.cpu },
  };
}

const round = (x: number) => Number(x.toFixed(2));

interface Measurement {
  p50: number;
  p99: number;
  rate: number;
  received: number;
  expected: number;
  failed: number;
  cpu: { server: number; clients: number; writer: number };
}

/** Client workers: the writer keeps the main thread to itself, so its schedule does not slip. */
const WORKERS = Number(process.env.BENCH_CLIENT_WORKERS ?? 2);

function startClients(job: ClientsJob): Promise<{ worker: Worker; done: Promise<{ received: Float64Array; cpuSeconds: number }> }> {
  const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'dispatch-clients.ts'))});`, { eval: true, workerData: job });
  return new Promise((resolve, reject) => {
    const done = new Promise<{ received: Float64Array; cpuSeconds: number }>((res) =>
      worker.on('message', (m: { received?: Float64Array; cpuSeconds: number }) => m.received && res({ received: m.received, cpuSeconds: m.cpuSeconds })),
    );
    worker.once('message', (m: { ready?: boolean; streamsUp: number }) => {
      if (m.streamsUp < job.clients) say(`only ${m.streamsUp} of ${job.clients} streams of a client worker came up within 30 s`);
      if (m.ready) resolve({ worker, done });
    });
    worker.once('error', reject);
  });
}

async function measure(mode: 'engine' | 'reference', dir: string): Promise<Measurement> {
  const server = await spawnServer(mode, path.join(dir, mode));
  const Service = loadProtos().watchfloor.dispatch.v1.DispatchService;
  const writer = new Service(server.address, grpc.credentials.createInsecure(), CHANNEL_OPTIONS) as DispatchServiceClient;
  const { units, last_seq } = await callUnary(writer, writer.ListUnits, {}, 10_000);
  const unitIds = units.map((u) => u.id).slice(0, BENCH_UNITS);
  const total = RATE * SECONDS;
  const sentAt = new Float64Array(total).fill(NaN);
  const shares = Array.from({ length: WORKERS }, (_, i) => Math.floor(CLIENTS / WORKERS) + (i < CLIENTS % WORKERS ? 1 : 0)).filter((n) => n > 0);
  const workers = await Promise.all(shares.map((n) => startClients({ address: server.address, clients: n, afterSeq: String(last_seq), total })));
  await new Promise((r) => setTimeout(r, 500));

  // RATE updates per second in TICK_MS batches, not waiting for answers (many operators and vehicles).
  let sent = 0;
  let failed = 0;
  const writerCpu0 = threadCpuSeconds();
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - t0) / 1000) * RATE));
      for (; sent < due; sent++) {
        const k = sent;
        const done = (err: grpc.ServiceError | null) => {
          if (err) failed++;
        };
        const deadline = { deadline: Date.now() + 10_000 };
        sentAt[k] = nowAbs();
        if (k % INCIDENT_EVERY === 0) {
          writer.CreateIncident({ request_id: `bench${mode}${k}`, type: 'congestion', priority: 3, location: { lat: 21.02, lon: 105.84 }, description: `bench ${k}`, source: 'camera', actor: 'bench' }, new grpc.Metadata(), deadline, done);
        } else {
          const unit_id = unitIds[k % unitIds.length];
          writer.ReportUnitPosition({ request_id: `bench${mode}${k}`, unit_id, position: { lat: 21.0 + (k % 97) * 1e-4, lon: 105.8 + (k % 89) * 1e-4 }, heading_deg: k / 1000, speed_kmh: 30 }, new grpc.Metadata(), deadline, done);
        }
      }
      if (sent >= total) {
        clearInterval(timer);
        resolve();
      }
    }, TICK_MS);
  });
  const rate = total / ((performance.now() - t0) / 1000);
  const writerCpu = threadCpuSeconds() - writerCpu0;
  // Let the last updates arrive, then collect every client's arrival times.
  await new Promise((r) => setTimeout(r, 3000));
  for (const w of workers) w.worker.postMessage({ stop: true });
  const results = await Promise.all(workers.map((w) => w.done));
  const arrivals = results.map((r) => r.received);
  await Promise.all(workers.map((w) => w.worker.terminate()));
  writer.close();
  const serverCpu = await server.stop();
  if (failed) say(`${mode}: ${failed} of ${total} updates failed`);
  const latencies: number[] = [];
  // A message that never reached a client counts as infinitely late: percentiles over the delivered
  // ones alone would look better the fewer arrive. More than 1% missing → p99 is null in the JSON.
  for (const a of arrivals) for (let i = 0; i < a.length; i++) latencies.push(Number.isNaN(a[i]) ? Infinity : a[i] - sentAt[i % total]);
  const received = latencies.filter(Number.isFinite).length;
  latencies.sort((x, y) => x - y);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  const cpu = { server: round(serverCpu), clients: round(results.reduce((s, r) => s + r.cpuSeconds, 0)), writer: round(writerCpu) };
  return { p50: q(0.5), p99: q(0.99), rate, received, expected: total * CLIENTS, failed, cpu };
}

function spawnServer(mode: string, dir: string): Promise<{ address: string; stop(): Promise<number> }> {
  // BENCH_CPU_PROF=DIR writes a V8 CPU profile of each server process there (what dominates it).
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', 'bench/dispatch-servers.ts', mode, dir], { cwd: path.resolve(__dirname, '..'), stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /ADDRESS (\S+)/.exec(out);
      const cpuSeconds = () => Number(/CPU (\S+)/.exec(out)?.[1] ?? NaN);
      if (m) resolve({ address: m[1], stop: () => new Promise<number>((r) => (child.once('exit', () => r(cpuSeconds())), child.kill('SIGTERM'))) });
    });
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
}
