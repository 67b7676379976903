import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unit } from '../../../state/test-fixtures';
import { unitDiff } from './unit-diff';

test('known units are updated in place, new ones added once', () => {
  const known = new Set(['U1']);
  const d = unitDiff([unit({ id: 'U1', position: { lat: 21.01, lon: 105.8 }, status: 'en_route' }), unit({ id: 'U2' })], known);
  assert.deepEqual(d.add.map((f) => f.id), ['U2']);
  assert.equal(d.update.length, 1);
  assert.deepEqual(d.update[0].newGeometry.coordinates, [105.8, 21.01]);
  assert.ok(d.update[0].addOrUpdateProperties.some((p) => p.key === 'status' && p.value === 'en_route'));
  assert.ok(known.has('U2'));
  assert.deepEqual(unitDiff([unit({ id: 'U2' })], known).add, []);
});
