import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sparkline } from './sparkline';

test('a rising series draws left to right and bottom to top', () => {
  const s = sparkline([{ t: 0, v: 0 }, { t: 60, v: 10 }, { t: 120, v: 20 }], 100, 40)!;
  assert.equal(s.path, 'M0.0,38.0 L50.0,20.0 L100.0,2.0');
});

test('a nearby alarm threshold stays in view; a far one is left out', () => {
  const pts = [{ t: 0, v: 5 }, { t: 1, v: 20 }];
  assert.notEqual(sparkline(pts, 100, 40, [30])!.y(30), null);
  assert.equal(sparkline(pts, 100, 40, [400])!.y(400), null);
});

test('fewer than two points draw nothing; a flat series still draws', () => {
  assert.equal(sparkline([{ t: 0, v: 1 }], 100, 40), null);
  assert.match(sparkline([{ t: 0, v: 3 }, { t: 1, v: 3 }], 100, 40)!.path, /^M0\.0,20\.0 L100\.0,20\.0$/);
});
