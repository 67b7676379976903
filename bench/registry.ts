// Camera registry at Hanoi's 2030 scale: import rate over gRPC, then search / bbox / nearest-K
// latencies from the indexes, against a reference in the same run: the same nearest-K answered by a
// full scan of the cameras table (what the R*Tree saves), and the same for text search and bbox pages.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createLogger } from '../common/log';
import { distanceMeters } from '../common/domain/geo';
import { foldText } from '../common/text/fold';
import { startEngines } from '../services/launcher/start-engines';
import { callUnary, inferenceClient } from '../proto/clients';
import { importCamerasOverGrpc } from '../main/cameras/import-stream';
import { camerasCsv, prng, syntheticCameras } from './registry-data';

const N = Number(process.env.BENCH_REGISTRY_CAMERAS ?? 300_000);
const QUERIES = 200;
const WARDS = path.resolve(__dirname, '../../shared/data/hanoi/hanoi_wards_2025.geojson');
const say = (msg: string) => process.stderr.write(`${msg}\n`);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 10) / 10;
}

async function timed(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

export async function runRegistryBench(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bench-registry-'));
  const engines = await startEngines({ dataDir: dir, only: ['inference'], demo: false, wardsFile: fs.existsSync(WARDS) ? WARDS : undefined, logger: createLogger('bench', () => undefined) });
  const client = inferenceClient(engines.addresses.inference!);
  try {
    const cams = syntheticCameras(N);
    const csv = Buffer.from(camerasCsv(cams));
    say(`importing ${N} cameras (${(csv.length / 1024 / 1024).toFixed(1)} MiB CSV) over gRPC…`);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const res = await importCamerasOverGrpc(client, { requestId: randomUUID(), format: 'csv', fileName: 'bench.csv', data: csv }, 15 * 60_000);
    const importMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (res.state !== 'imported') throw new Error(`import rejected: ${JSON.stringify(res.errors.slice(0, 3))}`);
    say(`imported in ${(importMs / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`);

    const rnd = prng(11);
    const words = ['hang bai', 'dinh tien hoang', 'cau giay cho', 'nghi tam', 'truong hoc', 'CAM-00123', 'ngap', 'kim ma nga tu'];
    const search = await timed(QUERIES, (i) => callUnary(client, client.SearchCameras, { text: words[i % words.length], page_size: 50 }));
    const bbox = await timed(QUERIES, () => {
      const lat = 20.99 + rnd() * 0.08;
      const lon = 105.79 + rnd() * 0.08;
      return callUnary(client, client.SearchCameras, { bbox: { min_lat: lat, max_lat: lat + 0.01, min_lon: lon, max_lon: lon + 0.01 }, page_size: 100 });
    });
    // The whole city centre in one box (most of the registry inside): the first page and its capped total.
    const wide = await timed(10, () =>
      callUnary(client, client.SearchCameras, { bbox: { min_lat: 20.98, max_lat: 21.08, min_lon: 105.78, max_lon: 105.88 }, page_size: 500 }, 60_000),
    );
    const points = Array.from({ length: QUERIES }, () => ({ lat: 20.85 + rnd() * 0.35, lon: 105.65 + rnd() * 0.3 }));
    const nearest = await timed(QUERIES, (i) => callUnary(client, client.NearestCameras, { point: points[i], k: 16 }));

    // Reference: the same nearest-16 from a full scan of the table (no spatial index), fewer rounds.
    const db = engines.inference!.store.db;
    const refRounds = 10;
    const ref = await timed(refRounds, async (i) => {
      const rows = await db.all<{ id: string; lat: number; lon: number }>('SELECT id, lat, lon FROM cameras');
      const p = points[i];
      rows.sort((a, b) => distanceMeters(p, a) - distanceMeters(p, b));
      return rows.slice(0, 16);
    });
    // References for search and bbox: the same first page found by reading every row (no FTS5, no R*Tree).
    const refSearch = await timed(refRounds, async (i) => {
      const rows = await db.all<{ id: string; search: string }>('SELECT id, search FROM cameras ORDER BY id');
      const q = foldText(words[i % words.length]).split(' ');
      return rows.filter((r) => { const w = r.search.split(' '); return q.every((x) => w.some((y) => y.startsWith(x))); }).slice(0, 50);
    });
    const refBbox = await timed(refRounds, async () => {
      const lat = 20.99 + rnd() * 0.08;
      const lon = 105.79 + rnd() * 0.08;
      const rows = await db.all<{ id: string; lat: number; lon: number }>('SELECT id, lat, lon FROM cameras ORDER BY id');
      return rows.filter((r) => r.lat >= lat && r.lat <= lat + 0.01 && r.lon >= lon && r.lon <= lon + 0.01).slice(0, 100);
    });
    const heapMb = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
    return {
      cameras: N,
      import_s: Math.round(importMs / 100) / 10,
      import_per_s: Math.round(N / (importMs / 1000)),
      import_cpu_s: Math.round((cpu.user + cpu.system) / 1e5) / 10,
      search_p50_ms: pct(search, 50),
      search_p95_ms: pct(search, 95),
      bbox_p50_ms: pct(bbox, 50),
      bbox_p95_ms: pct(bbox, 95),
      wide_bbox_p50_ms: pct(wide, 50),
      ref_scan_search_p50_ms: pct(refSearch, 50),
      ref_scan_bbox_p50_ms: pct(refBbox, 50),
      search_speedup: Math.round((pct(refSearch, 50) / Math.max(pct(search, 50), 0.1)) * 10) / 10,
      bbox_speedup: Math.round((pct(refBbox, 50) / Math.max(pct(bbox, 50), 0.1)) * 10) / 10,
      nearest_p50_ms: pct(nearest, 50),
      nearest_p95_ms: pct(nearest, 95),
      ref_scan_nearest_p50_ms: pct(ref, 50),
      nearest_speedup: Math.round((pct(ref, 50) / Math.max(pct(nearest, 50), 0.1)) * 10) / 10,
      heap_mb: heapMb,
      load_avg_1m: Math.round(os.loadavg()[0] * 10) / 10,
    };
  } finally {
    client.close();
    await engines.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
