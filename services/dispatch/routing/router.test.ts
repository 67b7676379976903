import { it } from 'node:test';
import assert from 'node:assert/strict';
import { distanceMeters } from '../../../common/domain/geo';
import { GridIndex } from './grid-index';
import { RoadGraph } from './road-graph';
import { Router } from './router';
import { FALLBACK_SPEED_KMH, STRAIGHT_LINE_FACTOR } from './speeds';
import { A, B, C, D, line, square } from './test-roads';

const pt = ([lon, lat]: [number, number]) => ({ lat, lon });

it('snaps a point to the nearest node within the limit, and to none beyond it', () => {
  const g = RoadGraph.build(square(), 'square', 100);
  const index = new GridIndex(g);
  const near = { lat: 21.0003, lon: 105.8049 }; // ~35 m north of the A–B street, near its middle
  const hit = index.nearest(near, 300)!;
  let best = Infinity;
  for (let n = 0; n < g.nodeCount; n++) best = Math.min(best, distanceMeters(near, g.point(n)));
  assert.ok(Math.abs(hit.distanceM - best) < 1e-9, 'same node as a brute-force scan');
  assert.ok(hit.distanceM < 60);
  assert.equal(index.nearest({ lat: 21.005, lon: 105.805 }, 300), undefined, 'the middle of the square is ~520 m from any road');
});

it('never snaps onto a small detached fragment', () => {
  const big = Array.from({ length: 250 }, (_, i) => line('residential', [[105.7 + i * 0.001, 21.0], [105.7 + (i + 1) * 0.001, 21.0]]));
  const g = RoadGraph.build([...big, line('service', [[105.9, 21.05], [105.9005, 21.05]])], 'fragment', Infinity);
  const index = new GridIndex(g);
  assert.equal(index.nearest({ lat: 21.05, lon: 105.9 }, 300), undefined);
  assert.ok(index.nearest({ lat: 21.0, lon: 105.75 }, 300));
});

it('estimates by road where the graph reaches, adding the legs to and from the road', () => {
  const router = new Router(RoadGraph.build(square(), 'square', Infinity));
  const to = router.towards(pt(C));
  const e = to.estimateFrom(pt(A));
  const expected = (distanceMeters(pt(A), pt(D)) + distanceMeters(pt(D), pt(C))) / (35 / 3.6);
  assert.equal(e.method, 'road_graph');
  assert.equal(e.note, '');
  assert.ok(Math.abs(e.etaS - expected) < 1e-6);
  const route = to.routeFrom(pt(A));
  assert.deepEqual(route.map((p) => [p.lon, p.lat]), [A, A, D, C, C]);
  const off = { lat: 21.0, lon: 105.8 + 0.001 }; // ~104 m east of A, on the A–B street
  const e2 = to.estimateFrom(off);
  assert.ok(e2.etaS > e.etaS, 'the leg to the road is added');
});

it('falls back to straight line × factor, saying why', () => {
  const far = { lat: 21.05, lon: 105.85 };
  const expectTime = (p: { lat: number; lon: number }, q: { lat: number; lon: number }) => (distanceMeters(p, q) * STRAIGHT_LINE_FACTOR) / (FALLBACK_SPEED_KMH / 3.6);

  const none = new Router().towards(pt(C)).estimateFrom(pt(A));
  assert.equal(none.method, 'straight_line');
  assert.match(none.note, /^no road graph loaded: straight line × 1\.4 at 25 km\/h$/);
  assert.ok(Math.abs(none.etaS - expectTime(pt(A), pt(C))) < 1e-6);

  const router = new Router(RoadGraph.build([...square(), line('primary', [[105.9, 21.1], [105.901, 21.1]])], 'square', Infinity));
  const fromFar = router.towards(pt(C)).estimateFrom(far);
  assert.equal(fromFar.method, 'straight_line');
  assert.match(fromFar.note, /^the unit is more than 300 m from the road graph/);
  assert.ok(Math.abs(fromFar.distanceM - distanceMeters(far, pt(C)) * 1.4) < 1e-6);

  const toFar = router.towards(far).estimateFrom(pt(A));
  assert.match(toFar.note, /^the destination is more than 300 m from the road graph/);

  const cut = router.towards({ lat: 21.1, lon: 105.9 }).estimateFrom(pt(B));
  assert.equal(cut.method, 'straight_line');
  assert.match(cut.note, /^no road path from the unit to the destination/);
  assert.deepEqual(router.towards({ lat: 21.1, lon: 105.9 }).routeFrom(pt(B)), []);
});

it('a bounded destination says a unit beyond the limit is out of reach rather than guessing', () => {
  const router = new Router(RoadGraph.build(square(), 'square', Infinity));
  const e = router.towardsCached('ward:C', pt(C), 60).estimateFrom(pt(A));
  assert.equal(e.etaS, Infinity);
  assert.equal(router.towardsCached('ward:C', pt(C), 60), router.towardsCached('ward:C', pt(C), 60), 'searched once');
});
