import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OfflineDownloadProgress } from '../../common/tiles/basemap-types';
import { TileCache } from '../../main/tiles/tile-cache';
import { TileService } from '../../main/tiles/tile-service';
import type { BridgeHost } from '../../main/bridge/window-link';
import { startWebHost } from '../../main/host/web-host';
import { solidPng, writeMbtiles } from '../tile-fixtures';
import { eventually, quietLogger, tempDir } from './helpers';
import { startTileServer, tileColour } from './tile-proxy';

async function service(maxBytes?: number) {
  const states: { reachable: boolean; offlineSinceMs: number | null }[] = [];
  const downloads: OfflineDownloadProgress[] = [];
  const cache = await TileCache.open(path.join(tempDir('tiles'), 'tiles.sqlite'), { maxBytes });
  const svc = new TileService(cache, { onState: (s) => states.push(s), onDownload: (p) => downloads.push(p) }, quietLogger);
  return { svc, states, downloads };
}

test('online tiles go through the console, land in the SQLite cache and are served from it when the source is down', async () => {
  const server = await startTileServer();
  const { svc, states } = await service();
  try {
    assert.ok((await svc.setBasemap({ url: server.template })).ok);
    const first = await svc.handleHttp('/tiles/basemap/13/6505/3601');
    assert.equal(first.status, 200);
    assert.equal(first.headers['x-watchfloor-tile'], 'network');
    assert.deepEqual(first.body, solidPng(tileColour(13)));
    const again = await svc.handleHttp('/tiles/basemap/13/6505/3601');
    assert.equal(again.headers['x-watchfloor-tile'], 'cache', 'a fresh cached tile does not touch the network');
    assert.equal(server.hits.get('/13/6505/3601.png'), 1);
    assert.equal(svc.state.cache.tiles, 1);

    await server.stop();
    const before = Date.now();
    const uncached = await svc.handleHttp('/tiles/basemap/13/6506/3601');
    assert.equal(uncached.status, 503, 'a tile never fetched cannot be shown offline');
    assert.match(String(uncached.body), /not cached and 127\.0\.0\.1:\d+ is unreachable \(ECONNREFUSED\)/);
    assert.equal(svc.state.reachable, false);
    assert.ok(svc.state.offlineSinceMs! >= before && svc.state.offlineSinceMs! <= Date.now());
    assert.equal(states.at(-1)!.reachable, false, 'windows are told the source is offline');
    const offline = await svc.handleHttp('/tiles/basemap/13/6505/3601');
    assert.equal(offline.status, 200, 'the cached tile is still there');
    assert.deepEqual(offline.body, solidPng(tileColour(13)));
  } finally {
    await server.stop().catch(() => undefined);
    await svc.close();
  }
});

test('the source coming back clears "offline since"', async () => {
  const server = await startTileServer();
  const { svc } = await service();
  try {
    const port = server.port;
    assert.ok((await svc.setBasemap({ url: server.template })).ok);
    await server.stop();
    await svc.handleHttp('/tiles/basemap/10/813/450');
    assert.equal(svc.state.reachable, false);
    const back = await startTileServer(port);
    try {
      await eventually(async () => (await svc.handleHttp('/tiles/basemap/10/813/450')).status === 200, 'the tile once the source is back', 12_000);
      assert.equal(svc.state.reachable, true);
      assert.equal(svc.state.offlineSinceMs, null);
    } finally {
      await back.stop();
    }
  } finally {
    await svc.close();
  }
});

test('download an area: estimate first, progress, everything stored pinned; cancel keeps what was fetched', async () => {
  const server = await startTileServer();
  const { svc, downloads } = await service(64 * 1024);
  try {
    assert.ok((await svc.setBasemap({ url: server.template })).ok);
    const hoanKiem = { bbox: [105.84, 21.02, 105.86, 21.04] as [number, number, number, number], minZoom: 12, maxZoom: 15, label: 'Hoàn Kiếm' };
    const est = await svc.estimate(hoanKiem);
    assert.ok(est.ok);
    assert.ok(est.value.tiles >= 10 && est.value.tiles <= 40, `tiles: ${est.value.tiles}`);
    assert.equal(est.value.cached, 0);
    assert.equal(est.value.estimatedBytes, est.value.tiles * 20_000, 'no tiles of this source yet: the fallback size');
    const started = await svc.download(hoanKiem);
    assert.ok(started.ok);
    const end = await eventually(() => downloads.find((p) => p.jobId === started.value.jobId && p.state !== 'running'), 'the download to end');
    assert.equal(end.state, 'done');
    assert.equal(end.stored, est.value.tiles);
    assert.equal(svc.state.cache.pinnedTiles, est.value.tiles, 'downloaded tiles are pinned beyond the 64 KiB cap');
    const again = await svc.estimate(hoanKiem);
    assert.ok(again.ok && again.value.cached === est.value.tiles && again.value.estimatedBytes === 0);

    const tooBig = await svc.download({ bbox: [105.3, 20.6, 106.0, 21.4], minZoom: 10, maxZoom: 18 });
    assert.ok(!tooBig.ok && tooBig.error.field === 'maxZoom' && /more than one download takes/.test(tooBig.error.message));

    const bigger = await svc.download({ bbox: [105.8, 21.0, 105.9, 21.1], minZoom: 17, maxZoom: 17, label: 'visible area' });
    assert.ok(bigger.ok);
    await eventually(() => downloads.some((p) => p.jobId === bigger.value.jobId && p.stored > 5), 'some tiles of the bigger area');
    assert.ok(svc.cancel({ jobId: bigger.value.jobId }).ok);
    const cancelled = await eventually(() => downloads.find((p) => p.jobId === bigger.value.jobId && p.state !== 'running'), 'the cancel');
    assert.equal(cancelled.state, 'cancelled');
    assert.ok(cancelled.stored > 0 && cancelled.stored < bigger.value.total, `kept ${cancelled.stored} of ${bigger.value.total}`);
    assert.equal(svc.state.cache.pinnedTiles, est.value.tiles + cancelled.stored, 'what was fetched before the cancel stays');
  } finally {
    await server.stop();
    await svc.close();
  }
});

test('a local file basemap has nothing to download; bad templates are refused naming the problem', async () => {
  const { svc } = await service();
  const none = await svc.estimate({ bbox: [105.8, 21, 105.9, 21.1], minZoom: 12, maxZoom: 13 });
  assert.ok(!none.ok && none.error.field === 'basemap');
  const noXyz = await svc.setBasemap({ url: 'https://tiles.example/{z}/{x}.png' });
  assert.ok(!noXyz.ok && /\{y\} is missing/.test(noXyz.error.message));
  const ftp = await svc.setBasemap({ url: 'ftp://tiles.example/{z}/{x}/{y}.png' });
  assert.ok(!ftp.ok && /only http and https/.test(ftp.error.message));
  await svc.close();
});

test('the web host serves basemap tiles on its own origin, behind the same token as the pages', async () => {
  const dir = tempDir('tiles-host');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
  const file = path.join(dir, 'hanoi.mbtiles');
  const red = solidPng([220, 30, 30]);
  await writeMbtiles(file, [{ z: 12, x: 3252, y: 1800, data: red }]);
  const { svc } = await service();
  assert.ok((await svc.setBasemap({ file })).ok);
  const bridge = { connect: () => () => undefined, call: async () => ({ ok: true, value: null }) } as unknown as BridgeHost;
  const token = 'a-long-enough-test-token';
  const host = await startWebHost({ bridge, rendererDir: dir, token, logger: quietLogger, tiles: svc });
  try {
    const refused = await fetch(`${host.url}tiles/basemap/12/3252/1800`);
    assert.equal(refused.status, 401);
    const res = await fetch(`${host.url}tiles/basemap/12/3252/1800?r=1&token=${token}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), red);
    assert.equal((await fetch(`${host.url}tiles/basemap/12/0/0?token=${token}`)).status, 204);
    assert.equal((await fetch(`${host.url}tiles/other?token=${token}`)).status, 404);
  } finally {
    await host.close();
    await svc.close();
  }
});
