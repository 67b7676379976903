// `npm run bench -- map`: 300k cameras + 100k sensors + 5k units moving at 1 Hz + 2k incidents over
// the real ward polygons, drawn in Chromium with level of detail and as bare circle layers, same run.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from '@playwright/test';
import { bboxOf, containsPoint, type Bbox, type PolygonalGeometry } from '../common/geodata/geometry';

const HANOI = path.resolve(__dirname, '../../shared/data/hanoi');
const COUNTS = { cameras: 300_000, sensors: 100_000, units: 5_000, incidents: 2_000 };
const say = (msg: string) => process.stderr.write(`${msg}\n`);

/** Deterministic PRNG (mulberry32) so every run draws the same city. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Points inside the wards: half spread over the city, half around the centre where cameras cluster. */
function generate(wards: { geometry: PolygonalGeometry }[], n: number, kinds: number, random: () => number): [number, number, number][] {
  const parts = wards.map((w) => ({ g: w.geometry, b: bboxOf(w.geometry) }));
  const city = parts.reduce<Bbox>((b, p) => [Math.min(b[0], p.b[0]), Math.min(b[1], p.b[1]), Math.max(b[2], p.b[2]), Math.max(b[3], p.b[3])], [Infinity, Infinity, -Infinity, -Infinity]);
  const out: [number, number, number][] = [];
  const gauss = () => Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
  while (out.length < n) {
    const central = random() < 0.5;
    const lon = central ? 105.845 + gauss() * 0.06 : city[0] + random() * (city[2] - city[0]);
    const lat = central ? 21.02 + gauss() * 0.05 : city[1] + random() * (city[3] - city[1]);
    if (!parts.some((p) => lon >= p.b[0] && lon <= p.b[2] && lat >= p.b[1] && lat <= p.b[3] && containsPoint(p.g, lon, lat))) continue;
    const kind = kinds === 3 && random() < 0.92 ? 0 : Math.floor(random() * kinds);
    out.push([Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5, kind]);
  }
  return out;
}

function serve(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

export async function runMapBench(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bench-map-'));
  const wards = JSON.parse(fs.readFileSync(path.join(HANOI, 'hanoi_wards_2025_simplified.geojson'), 'utf8'));
  const roads = JSON.parse(fs.readFileSync(path.join(HANOI, 'hanoi_central_major_roads_osm.geojson'), 'utf8'));
  const random = rng(2030);
  const t0 = Date.now();
  const data = {
    cameras: generate(wards.features, COUNTS.cameras, 3, random),
    sensors: generate(wards.features, COUNTS.sensors, 3, random),
    units: generate(wards.features, COUNTS.units, 5, random),
    incidents: generate(wards.features, COUNTS.incidents, 4, random),
    wards,
    roads,
  };
  say(`generated ${Object.values(COUNTS).reduce((a, b) => a + b)} points over ${wards.features.length} wards in ${Date.now() - t0} ms`);

  const out = path.join(dir, 'page');
  const vite = spawnSync(path.resolve(__dirname, '../node_modules/.bin/vite'), ['build', '--config', path.resolve(__dirname, 'map-page/vite.config.mts')], {
    env: { ...process.env, BENCH_MAP_OUT: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (vite.status !== 0) throw new Error(`vite build of the bench page failed (exit ${vite.status})`);
  fs.mkdirSync(path.join(out, 'data'));
  fs.writeFileSync(path.join(out, 'data', 'bench-data.json'), JSON.stringify(data));

  const server = await serve(out);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--disable-quic', '--disable-background-networking', '--enable-precise-memory-info'],
  });
  const results: Record<string, Record<string, number>> = {};
  try {
    for (const mode of ['lod', 'ref']) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      await page.goto(`${server.url}?mode=${mode}`);
      await page.waitForFunction(() => !!(window as unknown as { __bench?: unknown }).__bench);
      const r = (await page.evaluate(() => (window as unknown as { __bench: { run(): Promise<Record<string, number>> } }).__bench.run(), undefined)) as Record<string, number>;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      r.renderer_mb = Math.round((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024);
      results[mode] = r;
      say(`${mode}: ${JSON.stringify(r)}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const lod = results.lod;
  const ref = results.ref;
  say('software WebGL (SwiftShader) on 2 shared cores: absolute frame times are slow and noisy; compare the ratio');
  return {
    first_render_ms: lod.first_render_ms,
    frame_p50_ms: lod.frame_p50_ms,
    frame_p95_ms: lod.frame_p95_ms,
    ref_frame_p95_ms: ref.frame_p95_ms,
    ratio: Number((ref.frame_p95_ms / lod.frame_p95_ms).toFixed(2)),
    update_ms_p95: lod.update_ms_p95,
    renderer_mb: lod.renderer_mb,
    ref_first_render_ms: ref.first_render_ms,
    ref_frame_p50_ms: ref.frame_p50_ms,
    ref_update_ms_p95: ref.update_ms_p95,
    ref_renderer_mb: ref.renderer_mb,
  };
}
