import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TileCache } from './tile-cache';

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wf-tilecache-')), 'tiles.sqlite');
const tile = (n: number, fill: number) => Buffer.alloc(n, fill);

test('over its cap the cache drops the least recently used tiles, not the ones just read', async () => {
  let clock = 1_000;
  const cache = await TileCache.open(tmp(), { maxBytes: 3_000, now: () => clock });
  for (let i = 0; i < 3; i++) {
    clock += 10;
    await cache.put('osm', 12, i, 0, tile(1_000, i), 'image/png');
  }
  clock += 10;
  assert.ok(await cache.get('osm', 12, 0, 0), 'tile 0 is read, so it is now the most recently used');
  clock += 10;
  await cache.put('osm', 12, 3, 0, tile(1_000, 3), 'image/png');
  assert.deepEqual(cache.stats(), { tiles: 3, bytes: 3_000, maxBytes: 3_000, pinnedTiles: 0 });
  assert.equal(await cache.has('osm', 12, 1, 0), false, 'tile 1 was the least recently used');
  assert.equal(await cache.has('osm', 12, 0, 0), true);
  assert.equal(await cache.has('osm', 12, 2, 0), true);
  assert.deepEqual((await cache.get('osm', 12, 3, 0))?.data, tile(1_000, 3));
  await cache.close();
});

test('pinned tiles (downloaded for offline use) are never evicted; counts survive a reopen', async () => {
  let clock = 1;
  const file = tmp();
  const cache = await TileCache.open(file, { maxBytes: 2_500, now: () => clock++ });
  await cache.put('osm', 14, 0, 0, tile(1_000, 1), 'image/png', { pinned: true });
  await cache.put('osm', 14, 1, 0, tile(1_000, 2), 'image/png', { pinned: true });
  await cache.put('osm', 14, 2, 0, tile(1_000, 3), 'image/png');
  await cache.put('osm', 14, 3, 0, tile(1_000, 4), 'image/png');
  assert.equal(await cache.has('osm', 14, 0, 0), true);
  assert.equal(await cache.has('osm', 14, 1, 0), true);
  assert.equal(await cache.has('osm', 14, 2, 0), false, 'the older unpinned tile made room');
  assert.equal(await cache.has('osm', 14, 3, 0), false, 'still over the cap: the next unpinned tile goes too');
  assert.equal(cache.stats().pinnedTiles, 2);
  await cache.close();
  const again = await TileCache.open(file, { maxBytes: 2_500 });
  assert.deepEqual(again.stats(), { tiles: 2, bytes: 2_000, maxBytes: 2_500, pinnedTiles: 2 });
  await again.close();
});

test('replacing a tile counts its bytes once and sources are kept apart', async () => {
  const cache = await TileCache.open(tmp(), { maxBytes: 10_000 });
  await cache.put('a', 1, 0, 0, tile(100, 1), 'image/png');
  await cache.put('a', 1, 0, 0, tile(300, 2), 'image/png');
  await cache.put('b', 1, 0, 0, tile(50, 3), 'image/jpeg');
  assert.deepEqual(cache.stats(), { tiles: 2, bytes: 350, maxBytes: 10_000, pinnedTiles: 0 });
  assert.equal((await cache.get('b', 1, 0, 0))?.contentType, 'image/jpeg');
  assert.equal(await cache.meanTileBytes('a'), 300);
  assert.equal(await cache.meanTileBytes('c'), null);
  await cache.close();
});
