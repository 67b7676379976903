import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countTiles, eachTile, latToTileY, lonToTileX, tileRanges } from './tile-math';

test('Hoàn Kiếm lake falls in the tiles a slippy map uses', () => {
  assert.deepEqual([lonToTileX(105.8525, 1), latToTileY(21.0285, 1)], [1, 0]);
  // The OSM slippy-map formula (computed apart, in Python): 105.8525 E, 21.0285 N at z=16 is tile 52037/28850.
  assert.deepEqual([lonToTileX(105.8525, 16), latToTileY(21.0285, 16)], [52037, 28850]);
});

test('an area counts every tile of every zoom, the same tiles it enumerates', () => {
  const ranges = tileRanges([105.84, 21.02, 105.86, 21.04], 12, 15);
  assert.equal(ranges.length, 4);
  const listed = [...eachTile(ranges)];
  assert.equal(listed.length, countTiles(ranges));
  assert.equal(new Set(listed.map((t) => t.join('/'))).size, listed.length);
  assert.ok(countTiles(tileRanges([105.84, 21.02, 105.86, 21.04], 15, 15)) >= 4 * countTiles(tileRanges([105.84, 21.02, 105.86, 21.04], 14, 14)) / 2);
});
