// The camera registry at the scale Hanoi plans (300,000 cameras): import over gRPC into a real engine
// and SQLite, then search and nearest-K checked against brute force, answered from the indexes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { startEngines, type RunningEngines } from '../../services/launcher/start-engines';
import { callUnary, inferenceClient, isServiceError, type InferenceServiceClient } from '../../proto/clients';
import { distanceMeters } from '../../common/domain/geo';
import { foldText } from '../../common/text/fold';
import { camerasCsv, prng, syntheticCameras, type SyntheticCamera } from '../../bench/registry-data';
import { importCamerasOverGrpc } from '../../main/cameras/import-stream';
import { loadWardPolygons } from '../../services/inference/registry/ward-file';
import { quietLogger, tempDir } from './helpers';

const N = 300_000;
const WARDS_FILE = path.resolve(__dirname, '../../../shared/data/hanoi/hanoi_wards_2025.geojson');

const folded = new Map<SyntheticCamera, string[]>();
function textMatches(c: SyntheticCamera, ward: string, query: string): boolean {
  let words = folded.get(c);
  if (!words) folded.set(c, (words = foldText([c.id, c.name, ...c.tags].join(' ')).split(' ')));
  const all = ward ? [...words, ...foldText(ward).split(' ')] : words;
  return foldText(query).split(' ').every((q) => all.some((w) => w.startsWith(q)));
}

async function expectInvalid(p: Promise<unknown>, field: string): Promise<string> {
  try {
    await p;
  } catch (err) {
    assert.ok(isServiceError(err), String(err));
    assert.equal(err.code, 3, err.details);
    assert.match(err.details, new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}: `));
    return err.details;
  }
  throw new Error(`expected INVALID_ARGUMENT on ${field}`);
}

describe('camera registry with 300,000 cameras over gRPC', () => {
  let engines: RunningEngines;
  let client: InferenceServiceClient;
  const cams = syntheticCameras(N);
  const byId = new Map(cams.map((c) => [c.id, c]));
  // Wards for the brute force come from the same polygons (ward-locator.test.ts checks the locator against plain point-in-polygon).
  const locator = loadWardPolygons(WARDS_FILE);
  const wardOf = new Map(cams.map((c) => [c.id, locator.locate(c.lat, c.lon)]));
  let importMs = 0;

  before(async () => {
    engines = await startEngines({ dataDir: tempDir('registry'), only: ['inference'], demo: false, wardsFile: WARDS_FILE, logger: quietLogger });
    client = inferenceClient(engines.addresses.inference!);
    const started = Date.now();
    const res = await importCamerasOverGrpc(client, { requestId: randomUUID(), format: 'csv', fileName: 'hanoi-300k.csv', data: Buffer.from(camerasCsv(cams)) }, 300_000);
    importMs = Date.now() - started;
    assert.equal(res.state, 'imported', JSON.stringify(res.errors.slice(0, 3)));
    assert.deepEqual([res.rows, res.created, res.updated], [N, N, 0]);
    process.stdout.write(`# registry import: ${N} cameras in ${importMs} ms (${Math.round(N / (importMs / 1000))} cameras/s)\n`);
  });
  after(async () => {
    client?.close();
    await engines?.stop();
  });

  it('puts each camera in the ward polygon it stands in (Hoàn Kiếm lake is in Hoàn Kiếm)', async () => {
    const r = await callUnary(client, client.NearestCameras, { point: { lat: 21.0288, lon: 105.8525 }, k: 1 });
    const c = r.cameras[0].camera!;
    // Within a few hundred metres of the lake's north end the ward is Hoàn Kiếm.
    assert.ok(r.cameras[0].distance_m < 300, `nearest camera is ${r.cameras[0].distance_m} m away`);
    assert.equal(c.ward, 'Hoàn Kiếm');
    const wards = new Set<string>();
    const page = await callUnary(client, client.SearchCameras, { bbox: { min_lat: 20.98, max_lat: 21.08, min_lon: 105.78, max_lon: 105.88 }, page_size: 500 });
    for (const x of page.cameras) wards.add(x.ward);
    assert.ok(wards.size >= 5, `central cameras fall in several wards, got ${[...wards].join(', ')}`);
  });

  it('text search is diacritics-insensitive, paged, and finds exactly what brute force finds', async () => {
    for (const query of ['hang bai cho', 'ĐINH TIÊN HOÀNG cổng', 'nghi tam ham chui 12', 'CAM-00012']) {
      const ids: string[] = [];
      let token = '';
      let total = -1;
      let pages = 0;
      do {
        const r = await callUnary(client, client.SearchCameras, { text: query, page_size: 500, page_token: token });
        ids.push(...r.cameras.map((c) => c.id));
        for (const c of r.cameras) assert.equal(c.ward, wardOf.get(c.id));
        total = r.total;
        token = r.next_page_token;
        pages++;
      } while (token && pages < 50);
      // Brute force over the generated cameras.
      const expected = cams.filter((c) => textMatches(c, wardOf.get(c.id) ?? '', query)).map((c) => c.id);
      assert.deepEqual(ids, expected, `query "${query}"`);
      assert.equal(total, Math.min(expected.length, 10_000));
      assert.ok(expected.length > 0, `query "${query}" should match something`);
    }
    const hk = await callUnary(client, client.SearchCameras, { text: 'hoan kiem', page_size: 5 });
    assert.ok(hk.cameras.length === 5 && hk.cameras.every((c) => c.ward === 'Hoàn Kiếm'), '"hoan kiem" finds cameras in Hoàn Kiếm');
  });

  it('bbox, kind and status filters page through exactly the cameras inside', async () => {
    const rnd = prng(42);
    for (let i = 0; i < 4; i++) {
      const lat = 20.99 + rnd() * 0.08;
      const lon = 105.79 + rnd() * 0.08;
      const box = { min_lat: lat, max_lat: lat + 0.01, min_lon: lon, max_lon: lon + 0.012 };
      const kind = i % 2 ? 'flood' : '';
      const status = i === 3 ? 'offline' : '';
      const ids: string[] = [];
      let token = '';
      do {
        const r = await callUnary(client, client.SearchCameras, { bbox: box, kind, status, page_size: 100, page_token: token });
        ids.push(...r.cameras.map((c) => c.id));
        token = r.next_page_token;
      } while (token);
      const expected = cams
        .filter((c) => c.lat >= box.min_lat && c.lat <= box.max_lat && c.lon >= box.min_lon && c.lon <= box.max_lon && (!kind || c.kind === kind) && (!status || c.status === status))
        .map((c) => c.id);
      assert.deepEqual(ids, expected, `box ${JSON.stringify(box)} kind ${kind} status ${status}`);
      assert.ok(expected.length > 0);
    }
    // The whole centre in one box (most of the registry): pages come in id order without the R*Tree, still exact.
    const wide = { min_lat: 20.98, max_lat: 21.08, min_lon: 105.78, max_lon: 105.88 };
    const inWide = cams.filter((c) => c.lat >= wide.min_lat && c.lat <= wide.max_lat && c.lon >= wide.min_lon && c.lon <= wide.max_lon).map((c) => c.id);
    assert.ok(inWide.length > 100_000, `the centre holds ${inWide.length} cameras`);
    const p1 = await callUnary(client, client.SearchCameras, { bbox: wide, page_size: 500 });
    const p2 = await callUnary(client, client.SearchCameras, { bbox: wide, page_size: 500, page_token: p1.next_page_token });
    assert.deepEqual([...p1.cameras, ...p2.cameras].map((c) => c.id), inWide.slice(0, 1000));
    assert.deepEqual([p1.total, p1.total_capped], [10_000, true]);
    const plan = (await engines.inference!.store.registry.searchPlan({ bbox: { minLat: 20.98, maxLat: 21.08, minLon: 105.78, maxLon: 105.88 }, pageSize: 500 })).join(' | ');
    assert.match(plan, /SCAN c USING INDEX/, plan);
  });

  it('nearest K are in exact distance order, equal to brute force, with max distance and kind filters', async () => {
    const rnd = prng(7);
    for (let i = 0; i < 12; i++) {
      const p = { lat: 20.82 + rnd() * 0.4, lon: 105.62 + rnd() * 0.36 };
      const k = [1, 9, 16, 50][i % 4];
      const kind = i % 3 === 0 ? 'school' : '';
      const maxD = i % 4 === 2 ? 250 : 0;
      const r = await callUnary(client, client.NearestCameras, { point: p, k, kind, max_distance_m: maxD });
      const expected = cams
        .filter((c) => !kind || c.kind === kind)
        .map((c) => ({ id: c.id, d: distanceMeters(p, c) }))
        .filter((c) => !maxD || c.d <= maxD)
        .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
        .slice(0, k);
      assert.deepEqual(r.cameras.map((c) => c.camera!.id), expected.map((e) => e.id), `point ${JSON.stringify(p)} k ${k} kind ${kind} max ${maxD}`);
      r.cameras.forEach((c, j) => assert.ok(Math.abs(c.distance_m - expected[j].d) < 0.01));
    }
  });

  it('answers from the indexes: FTS5 and R*Tree in the query plans, no scan of the cameras table', async () => {
    const reg = engines.inference!.store.registry;
    const plans = [
      await reg.searchPlan({ text: 'hang bai', pageSize: 50 }),
      await reg.searchPlan({ bbox: { minLat: 21, maxLat: 21.01, minLon: 105.8, maxLon: 105.81 }, pageSize: 50 }),
      await reg.searchPlan({ text: 'cho', bbox: { minLat: 21, maxLat: 21.01, minLon: 105.8, maxLon: 105.81 }, kind: 'flood', pageSize: 50 }),
      await reg.nearestPlan(),
    ];
    const text = plans.map((p) => p.join(' | '));
    assert.match(text[0], /camera_fts VIRTUAL TABLE INDEX/);
    assert.match(text[1], /camera_rtree VIRTUAL TABLE INDEX/);
    assert.match(text[3], /SCAN r VIRTUAL TABLE INDEX .*SEARCH c USING INTEGER PRIMARY KEY/);
    for (const t of text) assert.doesNotMatch(t, /SCAN c\b(?! USING)/, t);
    // The memory the engine needs for a query does not grow with the registry: a page at a time.
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20; i++) await callUnary(client, client.SearchCameras, { text: 'cam', page_size: 50 });
    assert.ok(process.memoryUsage().heapUsed - heapBefore < 64 * 1024 * 1024);
  });

  it('rejects a file with bad rows as a whole, naming row, line, field and value; nothing is written', async () => {
    const good = camerasCsv(syntheticCameras(3, 99)).replace(/CAM-/g, 'NEW-');
    const bad = good + 'NEW-X,Xấu,21.0,105.8,0,70,ftp://10.0.0.1/x,,traffic,online,\nNEW-Y,,91,105.8,0,70,rtsp://h/y,,tank,online,\n';
    const res = await importCamerasOverGrpc(client, { requestId: randomUUID(), format: 'csv', fileName: 'bad.csv', data: Buffer.from(bad) }, 10_000);
    assert.equal(res.state, 'rejected');
    assert.equal(res.rows, 5);
    assert.deepEqual(res.errors.map((e) => [e.index, e.line, e.field, e.value]), [
      [3, 5, 'stream_url', 'ftp://10.0.0.1/x'],
      [4, 6, 'name', ''],
      [4, 6, 'lat', '91'],
      [4, 6, 'kind', 'tank'],
    ]);
    const none = await callUnary(client, client.SearchCameras, { text: 'NEW' });
    assert.equal(none.cameras.length, 0, 'the valid rows of a rejected file are not written either');
  });

  it('an import retried with the same request_id applies once; a re-import updates and keeps status', async () => {
    const id = randomUUID();
    const file = camerasCsv([{ ...byId.get('CAM-0000001')!, name: 'Đổi tên Hàng Bài', status: '' }]).replace(',,traffic', ',,traffic');
    const a = await importCamerasOverGrpc(client, { requestId: id, format: 'csv', fileName: 'rename.csv', data: Buffer.from(file) }, 10_000);
    const b = await importCamerasOverGrpc(client, { requestId: id, format: 'csv', fileName: 'rename.csv', data: Buffer.from(file) }, 10_000);
    assert.deepEqual([a.state, a.created, a.updated], ['imported', 0, 1]);
    assert.deepEqual(b, a);
    const [c] = (await callUnary(client, client.ListCameras, { ids: ['CAM-0000001'] })).cameras;
    assert.equal(c.name, 'Đổi tên Hàng Bài');
    assert.equal(c.version, 2, 'the retry did not apply twice');
    assert.equal(c.status, byId.get('CAM-0000001')!.status, 'no status column: the camera keeps its status');
    const found = await callUnary(client, client.SearchCameras, { text: 'doi ten hang' });
    assert.deepEqual(found.cameras.map((x) => x.id), ['CAM-0000001'], 'the search index follows the rename');
  });

  it('bad requests get INVALID_ARGUMENT naming the field and value', async () => {
    await expectInvalid(callUnary(client, client.SearchCameras, { kind: 'tank' }), 'kind');
    await expectInvalid(callUnary(client, client.SearchCameras, { page_size: 501 }), 'page_size');
    await expectInvalid(callUnary(client, client.SearchCameras, { page_token: 'garbage' }), 'page_token');
    const first = await callUnary(client, client.SearchCameras, { text: 'cho', page_size: 2 });
    assert.match(await expectInvalid(callUnary(client, client.SearchCameras, { text: 'cầu', page_size: 2, page_token: first.next_page_token }), 'page_token'), /different query/);
    await expectInvalid(callUnary(client, client.SearchCameras, { bbox: { min_lat: 22, max_lat: 21, min_lon: 105, max_lon: 106 } }), 'bbox.min_lat');
    await expectInvalid(callUnary(client, client.NearestCameras, { point: { lat: 21, lon: 105.8 }, k: 0 }), 'k');
    await expectInvalid(callUnary(client, client.NearestCameras, { point: { lat: 99, lon: 105.8 }, k: 3 }), 'point');
    await expectInvalid(importCamerasOverGrpc(client, { requestId: randomUUID(), format: 'xlsx' as 'csv', fileName: 'a.xlsx', data: Buffer.from('x') }, 5000), 'format');
    await expectInvalid(importCamerasOverGrpc(client, { requestId: '', format: 'csv', fileName: 'a.csv', data: Buffer.from('x') }, 5000), 'request_id');
  });

  it('the console working set stays bounded: ListCameras with a limit, not the whole registry', async () => {
    const r = await callUnary(client, client.ListCameras, { limit: 2000 });
    assert.equal(r.cameras.length, 2000);
    assert.ok(r.cameras.every((c) => c.status !== 'online'), 'cameras needing attention come first');
  });
});
