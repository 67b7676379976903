import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConsoleCache } from '../cache/console-cache';
import { loadLayers } from './geo-store';
import { importGeoJsonText } from './import-geojson';
import { GeoService } from './geo-service';
import { withImportedLayers } from './imported-context';

const HANOI = path.resolve(__dirname, '../../../shared/data/hanoi');
const ring = (dx: number) => [[105.8 + dx, 21.0], [105.81 + dx, 21.0], [105.81 + dx, 21.01], [105.8 + dx, 21.0]];
const wardsText = (names: string[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: names.map((name, i) => ({ type: 'Feature', id: `W${i}`, properties: { name }, geometry: { type: 'Polygon', coordinates: [ring(i * 0.02)] } })) });
const base = { wards: [{ name: 'Demo', center: { lat: 21, lon: 105.8 } }], wardAreas: { type: 'FeatureCollection', features: [] }, roads: null, water: null };

async function openCache() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-geo-'));
  return ConsoleCache.open(path.join(dir, 'cache.sqlite'));
}

test('the 126 wards of the shared file import, and the map context uses their polygons and names', async () => {
  const cache = await openCache();
  const text = fs.readFileSync(path.join(HANOI, 'hanoi_wards_2025.geojson'), 'utf8');
  const phases = new Set<string>();
  const r = await importGeoJsonText(cache.db, { layer: 'wards', fileName: 'hanoi_wards_2025.geojson', text }, (p) => phases.add(p.phase));
  assert.equal(r.state, 'imported');
  assert.ok(r.state === 'imported' && r.count === 126 && r.nameField === 'name');
  assert.deepEqual([...phases], ['validating', 'writing', 'done']);
  const ctx = withImportedLayers(base, await loadLayers(cache.db), 'op');
  assert.equal(ctx.wards.length, 126);
  const hk = ctx.wards.find((w) => w.name === 'Hoàn Kiếm')!;
  assert.ok(hk.center.lat > 21.02 && hk.center.lat < 21.04 && hk.bbox![0] < hk.center.lon);
  assert.equal((ctx.wardAreas as { features: unknown[] }).features.length, 126);
  assert.deepEqual(ctx.imported!.map((l) => [l.layer, l.count]), [['wards', 126]]);
  await cache.close();
});

test('a broken file leaves the previous layer exactly as it was', async () => {
  const cache = await openCache();
  assert.equal((await importGeoJsonText(cache.db, { layer: 'wards', fileName: 'a.geojson', text: wardsText(['A', 'B']) })).state, 'imported');
  const broken = JSON.parse(wardsText(['C', 'D', 'E']));
  broken.features[2].geometry.coordinates[0][3] = [105.85, 21.005];
  const r = await importGeoJsonText(cache.db, { layer: 'wards', fileName: 'b.geojson', text: JSON.stringify(broken) });
  assert.equal(r.state, 'rejected');
  assert.ok(r.state === 'rejected' && r.errors[0].index === 2 && r.errors[0].reason === 'unclosed_ring');
  const notJson = await importGeoJsonText(cache.db, { layer: 'wards', fileName: 'c.geojson', text: '{"type": "FeatureCollection", "features": [' });
  assert.ok(notJson.state === 'rejected' && notJson.errors[0].reason === 'json' && /c\.geojson is not valid JSON/.test(notJson.errors[0].message));
  const layers = await loadLayers(cache.db);
  assert.deepEqual(layers.get('wards')!.features.map((f) => f.properties.name), ['A', 'B']);
  assert.equal(layers.get('wards')!.info.fileName, 'a.geojson');
  await cache.close();
});

test('a failure while writing rolls the transaction back', async () => {
  const cache = await openCache();
  await importGeoJsonText(cache.db, { layer: 'wards', fileName: 'a.geojson', text: wardsText(['A']) });
  await cache.db.run(`CREATE TRIGGER fail_on_z BEFORE INSERT ON geo_features WHEN NEW.name = 'Z' BEGIN SELECT RAISE(ABORT, 'disk says no'); END`);
  await assert.rejects(importGeoJsonText(cache.db, { layer: 'wards', fileName: 'b.geojson', text: wardsText(['X', 'Y', 'Z']) }), /disk says no/);
  const layers = await loadLayers(cache.db);
  assert.deepEqual(layers.get('wards')!.features.map((f) => f.properties.name), ['A']);
  await cache.close();
});

test('the service takes uploads in parts, checks their order and pushes the new context', async () => {
  const cache = await openCache();
  const contexts: unknown[] = [];
  const svc = new GeoService(cache.db, base, 'op', { onContext: (c) => contexts.push(c), onProgress: () => undefined }, { debug() {}, info() {}, warn() {}, error() {}, child() { return this; } });
  await svc.init();
  const text = wardsText(['A', 'B', 'C']);
  const half = Math.ceil(text.length / 2);
  const p0 = await svc.handle('w1', { layer: 'wards', fileName: 'w.geojson', text: text.slice(0, half), part: { uploadId: 'u1', index: 0, count: 2 } });
  assert.deepEqual(p0, { ok: true, value: { state: 'partReceived', uploadId: 'u1', received: 1, count: 2 } });
  const wrong = await svc.handle('w1', { layer: 'wards', fileName: 'w.geojson', text: 'x', part: { uploadId: 'u1', index: 5, count: 2 } });
  assert.ok(!wrong.ok && wrong.error.field === 'part.index');
  const otherLayer = await svc.handle('w1', { layer: 'roads', fileName: 'w.geojson', text: 'x', part: { uploadId: 'u1', index: 1, count: 2 } });
  assert.ok(!otherLayer.ok && otherLayer.error.field === 'part.uploadId');
  const p1 = await svc.handle('w1', { layer: 'wards', fileName: 'w.geojson', text: text.slice(half), part: { uploadId: 'u1', index: 1, count: 2 } });
  assert.ok(p1.ok && p1.value.state === 'imported' && p1.value.count === 3);
  assert.equal(contexts.length, 1);
  assert.equal(svc.mapContext.wards.length, 3);
  const bad = await svc.handle('w1', { layer: 'rivers', fileName: 'w.geojson', text: '{}' });
  assert.ok(!bad.ok && bad.error.field === 'layer' && /"rivers"/.test(bad.error.message));
  const big = await svc.handle('w1', { layer: 'wards', fileName: 'w.geojson', text: 'x'.repeat(200_001) });
  assert.ok(!big.ok && big.error.field === 'text');
  await cache.close();
});
