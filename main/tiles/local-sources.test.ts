import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { createLogger } from '../../common/log';
import { buildPmtiles, solidPng, writeMbtiles } from '../../tests/tile-fixtures';
import { openPmtiles } from './pmtiles-source';
import { TileCache } from './tile-cache';
import { TileService } from './tile-service';

const quiet = createLogger('test', () => undefined);
const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'wf-tiles-'));
const RED = solidPng([220, 30, 30]);
const BLUE = solidPng([30, 30, 220]);

async function service(d: string) {
  const states: unknown[] = [];
  const svc = new TileService(await TileCache.open(path.join(d, 'tiles.sqlite')), { onState: (s) => states.push(s), onDownload: () => undefined }, quiet);
  return { svc, states };
}

test('an MBTiles file is served by z/x/y (its TMS rows flipped), with its format and zoom range', async () => {
  const d = dir();
  const file = path.join(d, 'hanoi.mbtiles');
  await writeMbtiles(file, [
    { z: 12, x: 3252, y: 1800, data: RED },
    { z: 12, x: 3253, y: 1800, data: BLUE },
  ], { name: 'fixture', format: 'png', bounds: '105.7,20.9,105.95,21.15', minzoom: '12', maxzoom: '12' });
  const { svc, states } = await service(d);
  const r = await svc.setBasemap({ file });
  assert.ok(r.ok, JSON.stringify(r));
  assert.deepEqual([r.value.kind, r.value.format, r.value.minzoom, r.value.maxzoom, r.value.name], ['mbtiles', 'png', 12, 12, 'hanoi.mbtiles']);
  assert.deepEqual(r.value.bounds, [105.7, 20.9, 105.95, 21.15]);
  assert.equal(states.length, 1, 'windows are told');
  const t = await svc.handleHttp('/tiles/basemap/12/3253/1800');
  assert.equal(t.status, 200);
  assert.equal(t.headers['content-type'], 'image/png');
  assert.deepEqual(t.body, BLUE);
  assert.equal((await svc.handleHttp('/tiles/basemap/12/0/0')).status, 204, 'no tile there: empty, not an error');
  assert.equal((await svc.handleHttp('/tiles/basemap/3/9/0')).status, 400, 'x beyond 2^z');
  await svc.close();
});

test('a PMTiles v3 archive (written by the test) is read back tile by tile, vector layers listed', async () => {
  const d = dir();
  const raster = path.join(d, 'r.pmtiles');
  fs.writeFileSync(raster, buildPmtiles([{ z: 0, x: 0, y: 0, data: RED }, { z: 1, x: 1, y: 0, data: BLUE }, { z: 12, x: 3252, y: 1800, data: BLUE }], { tileType: 2 }));
  const src = await openPmtiles(raster);
  assert.deepEqual([src.info.format, src.info.minzoom, src.info.maxzoom], ['png', 0, 12]);
  assert.deepEqual((await src.getTile(1, 1, 0))?.data, BLUE);
  assert.deepEqual((await src.getTile(0, 0, 0))?.data, RED);
  assert.equal(await src.getTile(1, 0, 0), null);
  assert.deepEqual((await src.getTile(12, 3252, 1800))?.data, BLUE);
  await src.close();

  const vector = path.join(d, 'v.pmtiles');
  const fakeMvt = zlib.deflateRawSync(Buffer.from('not checked by the server'));
  fs.writeFileSync(vector, buildPmtiles([{ z: 5, x: 25, y: 14, data: fakeMvt }], { tileType: 1, metadata: { vector_layers: [{ id: 'roads' }, { id: 'water' }] } }));
  const { svc } = await service(d);
  const r = await svc.setBasemap({ file: vector });
  assert.ok(r.ok && r.value.kind === 'pmtiles' && r.value.format === 'pbf');
  assert.ok(r.ok && r.value.vectorLayers.join() === 'roads,water');
  const t = await svc.handleHttp('/tiles/basemap/5/25/14');
  assert.equal(t.headers['content-type'], 'application/x-protobuf');
  assert.deepEqual(t.body, fakeMvt);
  await svc.close();
});

test('a file that is not a basemap is refused naming the file and the reason; the previous basemap stays', async () => {
  const d = dir();
  const good = path.join(d, 'good.mbtiles');
  await writeMbtiles(good, [{ z: 1, x: 0, y: 0, data: RED }]);
  const junk = path.join(d, 'junk.pmtiles');
  fs.writeFileSync(junk, 'hello, not a pmtiles archive');
  const { svc } = await service(d);
  assert.ok((await svc.setBasemap({ file: good })).ok);
  const bad = await svc.setBasemap({ file: junk });
  assert.ok(!bad.ok && bad.error.field === 'file' && /junk\.pmtiles is not a PMTiles v3 file/.test(bad.error.message), JSON.stringify(bad));
  const missing = await svc.setBasemap({ file: path.join(d, 'nope.mbtiles') });
  assert.ok(!missing.ok && /does not exist/.test(missing.error.message));
  const ext = await svc.setBasemap({ file: good.replace('.mbtiles', '.sqlite') });
  assert.ok(!ext.ok);
  assert.equal(svc.state.name, 'good.mbtiles');
  assert.equal((await svc.handleHttp('/tiles/basemap/1/0/0')).status, 200);
  await svc.close();
});
