import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConsoleCache } from '../cache/console-cache';
import { loadRoadGraph } from '../../services/dispatch/routing/load-roads';
import { loadLayers } from './geo-store';
import { GeoService } from './geo-service';
import { importOsmPbfBytes } from './import-osm-pbf';

const HANOI = path.resolve(__dirname, '../../../shared/data/hanoi');
const CENTRAL = path.join(HANOI, 'hanoi_central_highways_2025-10.osm.pbf');
const VANMIEU = path.join(HANOI, 'hanoi_vanmieu_full_osm_2023-12.osm.pbf');
const silent = { info() {}, warn() {}, error() {}, debug() {}, child() { return silent; } } as never;

async function openCache() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-pbf-'));
  return ConsoleCache.open(path.join(dir, 'cache.sqlite'));
}

test('an OSM PBF imports its highway ways into the roads layer, with decoding progress', async () => {
  const cache = await openCache();
  const phases = new Set<string>();
  const r = await importOsmPbfBytes(cache.db, { fileName: 'central.osm.pbf', data: fs.readFileSync(CENTRAL) }, (p) => phases.add(p.phase));
  assert.ok(r.state === 'imported' && r.count === 13_348 && r.skipped === 0, JSON.stringify(r).slice(0, 300));
  assert.deepEqual([...phases], ['decoding', 'validating', 'writing', 'done']);
  const roads = (await loadLayers(cache.db)).get('roads')!;
  assert.equal(roads.features.length, 13_348);
  const f = roads.features.find((x) => x.properties.name === 'Phố Tràng Tiền')!;
  assert.equal(f.geometry.type, 'LineString');
  assert.ok(typeof f.properties.highway === 'string' && f.properties.osm_id !== undefined);
  await cache.close();
});

test('a truncated PBF is rejected naming the blob and byte offset, and the roads already there stay whole', async () => {
  const cache = await openCache();
  const first = await importOsmPbfBytes(cache.db, { fileName: 'vanmieu.osm.pbf', data: fs.readFileSync(VANMIEU) });
  assert.equal(first.state, 'imported');
  const before = (await loadLayers(cache.db)).get('roads')!.features.length;
  const data = fs.readFileSync(CENTRAL);
  const r = await importOsmPbfBytes(cache.db, { fileName: 'cut.osm.pbf', data: data.subarray(0, 300_000) });
  assert.equal(r.state, 'rejected');
  assert.ok(r.state === 'rejected');
  assert.equal(r.errors[0].reason, 'pbf');
  assert.match(r.errors[0].message, /^cut\.osm\.pbf: blob \d+ at byte \d+: truncated: .*; nothing was imported$/);
  const after = await loadLayers(cache.db);
  assert.equal(after.get('roads')!.features.length, before, 'the earlier import is untouched');
  assert.equal(after.get('roads')!.info.fileName, 'vanmieu.osm.pbf');
  await cache.close();
});

test('through the bridge handler: base64 parts, roads layer only, map context gets the roads', async () => {
  const cache = await openCache();
  const base = { wards: [], wardAreas: { type: 'FeatureCollection', features: [] }, roads: null, water: null };
  let context: unknown = null;
  const svc = new GeoService(cache.db, base, 'op', { onContext: (c) => (context = c), onProgress: () => undefined }, silent);
  await svc.init();
  const b64 = fs.readFileSync(VANMIEU).toString('base64');
  const wrong = await svc.handle('w1', { layer: 'wards', fileName: 'v.osm.pbf', text: b64.slice(0, 100), format: 'osm-pbf' });
  assert.ok(!wrong.ok && wrong.error.field === 'layer');
  const size = 100_000;
  const count = Math.ceil(b64.length / size);
  let last;
  for (let i = 0; i < count; i++) {
    last = await svc.handle('w1', { layer: 'roads', fileName: 'v.osm.pbf', text: b64.slice(i * size, (i + 1) * size), format: 'osm-pbf', part: { uploadId: 'u1', index: i, count } });
    assert.ok(last.ok);
  }
  assert.ok(last!.ok && last!.value.state === 'imported');
  const roads = (context as { roads: { features: unknown[] } }).roads;
  assert.ok(last!.ok && last!.value.state === 'imported' && roads.features.length === last!.value.count);
  await cache.close();
});

test('the dispatch road graph builds from an .osm.pbf given to --roads, and a broken one stops with the blob named', () => {
  const r = loadRoadGraph(CENTRAL);
  assert.equal(r.graph.source, 'hanoi_central_highways_2025-10.osm.pbf');
  assert.ok(r.graph.stats.lines > 5_000, `routable lines: ${r.graph.stats.lines}`);
  assert.ok((r.skippedByClass.footway ?? 0) > 0, 'footways are not routable by vehicles');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-pbf-'));
  const cut = path.join(dir, 'cut.osm.pbf');
  fs.writeFileSync(cut, fs.readFileSync(CENTRAL).subarray(0, 200_000));
  assert.throws(() => loadRoadGraph(cut), /cut\.osm\.pbf: not a readable OSM PBF: blob \d+ at byte \d+: truncated/);
});
