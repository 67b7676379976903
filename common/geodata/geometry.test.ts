import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bboxOf, containsPoint, labelPoint } from './geometry';

const square = { type: 'Polygon', coordinates: [[[105, 21], [106, 21], [106, 22], [105, 22], [105, 21]]] };
const withHole = {
  type: 'Polygon',
  coordinates: [
    [[105, 21], [106, 21], [106, 22], [105, 22], [105, 21]],
    [[105.4, 21.4], [105.6, 21.4], [105.6, 21.6], [105.4, 21.6], [105.4, 21.4]],
  ],
};

test('bboxOf covers every position', () => {
  assert.deepEqual(bboxOf(square), [105, 21, 106, 22]);
  assert.deepEqual(bboxOf({ type: 'LineString', coordinates: [[105.1, 21.2], [105.3, 20.9]] }), [105.1, 20.9, 105.3, 21.2]);
});

test('containsPoint honours holes and multipolygon parts', () => {
  assert.equal(containsPoint(square, 105.5, 21.5), true);
  assert.equal(containsPoint(withHole, 105.5, 21.5), false);
  assert.equal(containsPoint(withHole, 105.2, 21.2), true);
  assert.equal(containsPoint({ type: 'MultiPolygon', coordinates: [square.coordinates] }, 105.9, 21.9), true);
  assert.equal(containsPoint(square, 107, 21.5), false);
});

test('labelPoint is the centroid when it lies inside, else the bbox centre', () => {
  const c = labelPoint(square);
  assert.ok(Math.abs(c.lon - 105.5) < 1e-9 && Math.abs(c.lat - 21.5) < 1e-9);
  assert.deepEqual(labelPoint(withHole), { lon: 105.5, lat: 21.5 });
});
