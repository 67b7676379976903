import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tourPosition, validateSalvo, validateTour } from './salvo';

test('a salvo needs a name, a known layout and one entry per tile', () => {
  const good = validateSalvo({ name: '  Hồ Gươm  ', layout: '2x2', cameras: ['CAM-0001', null, 'CAM-0003', 'CAM-0004'] });
  assert.ok(good.ok);
  assert.equal(good.ok && good.value.name, 'Hồ Gươm');
  const fieldOf = (r: ReturnType<typeof validateSalvo>) => (r.ok ? null : r.error.field);
  assert.equal(fieldOf(validateSalvo({ name: '', layout: '2x2', cameras: [] })), 'name');
  assert.equal(fieldOf(validateSalvo({ name: 'x', layout: '5x5', cameras: [] })), 'layout');
  const short = validateSalvo({ name: 'x', layout: '2x2', cameras: ['CAM-0001'] });
  assert.equal(fieldOf(short), 'cameras');
  assert.match(short.ok ? '' : short.error.message, /4 tiles for layout 2x2.*got 1/);
  assert.equal(fieldOf(validateSalvo({ name: 'x', layout: '1', cameras: ['DROP TABLE;'] })), 'cameras[0]');
  assert.equal(fieldOf(validateSalvo({ name: 'x', layout: '1', cameras: [null] })), 'cameras');
  assert.equal(fieldOf(validateSalvo({ name: 'x'.repeat(61), layout: '1', cameras: ['C1'] })), 'name');
});

test('a tour dwell is a whole number of seconds from 5 to 600, over at least two salvos', () => {
  assert.ok(validateTour(['a', 'b'], 5).ok);
  assert.ok(validateTour(['a', 'b'], '600').ok);
  for (const bad of [4, 601, 7.5, 'x', null, '']) {
    const r = validateTour(['a', 'b'], bad);
    assert.equal(r.ok ? null : r.error.field, 'dwellS', `dwell ${JSON.stringify(bad)}`);
  }
  const one = validateTour(['a'], 10);
  assert.equal(one.ok ? null : one.error.field, 'salvos');
});

test('a tour advances one salvo per dwell, wraps, and counts down', () => {
  const tour = { salvos: ['a', 'b', 'c'], dwellS: 10 };
  assert.deepEqual(tourPosition(tour, 0), { step: 0, remainingS: 10 });
  assert.deepEqual(tourPosition(tour, 9_100), { step: 0, remainingS: 1 });
  assert.deepEqual(tourPosition(tour, 10_000), { step: 1, remainingS: 10 });
  assert.deepEqual(tourPosition(tour, 25_500), { step: 2, remainingS: 5 });
  assert.deepEqual(tourPosition(tour, 30_000), { step: 0, remainingS: 10 });
});
