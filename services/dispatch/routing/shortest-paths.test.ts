import { it } from 'node:test';
import assert from 'node:assert/strict';
import { distanceMeters } from '../../../common/domain/geo';
import { RoadGraph } from './road-graph';
import { pathInTree, searchFrom, shortestPath } from './shortest-paths';
import { A, B, C, D, line, square } from './test-roads';

const pt = ([lon, lat]: [number, number]) => ({ lat, lon });
const d = (p: [number, number], q: [number, number]) => distanceMeters(pt(p), pt(q));
const nodeAt = (g: RoadGraph, [lon, lat]: [number, number]) => [...g.lat.keys()].find((n) => g.lat[n] === lat && g.lon[n] === lon)!;
const RES = 18 / 3.6;
const PRI = 35 / 3.6;

it('takes the faster primary roads over the equally long residential ones', () => {
  const g = RoadGraph.build(square(), 'square', Infinity);
  const [a, b, c, dd] = [A, B, C, D].map((p) => nodeAt(g, p));
  const viaD = d(A, D) / PRI + d(D, C) / PRI;
  const viaB = d(A, B) / RES + d(B, C) / RES;
  assert.ok(viaD < viaB);
  const p = shortestPath(g, a, c)!;
  assert.deepEqual(p.nodes, [a, dd, c]);
  assert.ok(Math.abs(p.timeS - viaD) < 1e-6, `${p.timeS} vs ${viaD}`);
  assert.ok(Math.abs(p.distanceM - (d(A, D) + d(D, C))) < 1e-6);
  assert.deepEqual(shortestPath(g, b, b)!.nodes, [b]);
});

it('respects one-way: A→C must go round by B, C→A may use the one-way C→D', () => {
  const g = RoadGraph.build(square(true), 'square', Infinity);
  const [a, b, c, dd] = [A, B, C, D].map((p) => nodeAt(g, p));
  const there = shortestPath(g, a, c)!;
  assert.deepEqual(there.nodes, [a, b, c]);
  assert.ok(Math.abs(there.timeS - (d(A, B) / RES + d(B, C) / RES)) < 1e-6);
  const back = shortestPath(g, c, a)!;
  assert.deepEqual(back.nodes, [c, dd, a]);
});

it('one reverse search gives every node its time to the destination, equal to point-to-point A*', () => {
  const lines = [...square(true), line('secondary', [C, [105.82, 21.01]]), line('tertiary', [[105.82, 21.01], [105.82, 21.0], B], 'forward')];
  const g = RoadGraph.build(lines, 'grid', 100);
  const target = nodeAt(g, A);
  const tree = searchFrom(g, target, 'reverse');
  for (let n = 0; n < g.nodeCount; n++) {
    const p = shortestPath(g, n, target);
    assert.ok(p, `node ${n} reaches A`);
    assert.ok(Math.abs(tree.timeS[n] - p.timeS) < 1e-6, `node ${n}: tree ${tree.timeS[n]} vs A* ${p.timeS}`);
    const path = pathInTree(tree, n);
    assert.equal(path[0], n);
    assert.equal(path[path.length - 1], target);
  }
});

it('a bounded search leaves nodes beyond the time limit unreached', () => {
  const g = RoadGraph.build(square(), 'square', Infinity);
  const tree = searchFrom(g, nodeAt(g, A), 'forward', { maxTimeS: 150 });
  assert.ok(Number.isFinite(tree.timeS[nodeAt(g, D)]), 'D is ~115 s away by primary road');
  assert.equal(tree.timeS[nodeAt(g, C)], Infinity, 'C is ~221 s away');
  assert.deepEqual(pathInTree(tree, nodeAt(g, C)), []);
});

it('says there is no path when the graph is disconnected', () => {
  const g = RoadGraph.build([line('primary', [A, B]), line('primary', [C, D])], 'apart', Infinity);
  assert.equal(shortestPath(g, nodeAt(g, A), nodeAt(g, C)), undefined);
});
