import { it } from 'node:test';
import assert from 'node:assert/strict';
import { distanceMeters } from '../../../common/domain/geo';
import { readRoadLines, RoadImportError } from './road-features';
import { RoadGraph } from './road-graph';
import { A, asFeatureCollection, B, C, D, line, square } from './test-roads';

const pt = ([lon, lat]: [number, number]) => ({ lat, lon });
const nodeAt = (g: RoadGraph, [lon, lat]: [number, number]) => [...g.lat.keys()].find((n) => g.lat[n] === lat && g.lon[n] === lon)!;
const outTo = (g: RoadGraph, n: number) => [...g.out.node.slice(g.out.start[n], g.out.start[n + 1])];

it('joins lines at shared coordinates and makes two-way edges timed by road class', () => {
  const g = RoadGraph.build(square(), 'square', Infinity);
  assert.equal(g.nodeCount, 4, 'A, B, C, D: each shared corner is one node');
  assert.equal(g.stats.edges, 8, 'four two-way roads');
  assert.equal(g.stats.components, 1);
  const a = nodeAt(g, A);
  const e = g.out.start[a] + outTo(g, a).indexOf(nodeAt(g, B));
  const ab = distanceMeters(pt(A), pt(B));
  assert.ok(Math.abs(g.out.distM[e] - ab) < 1e-6);
  assert.ok(Math.abs(g.out.timeS[e] - ab / (18 / 3.6)) < 1e-6, 'residential at 18 km/h');
});

it('keeps one-way roads one way (oneway=yes along the line, -1 against it)', () => {
  const g = RoadGraph.build([line('primary', [A, B], 'forward'), line('primary', [B, C], 'backward')], 'oneway', Infinity);
  const [a, b, c] = [nodeAt(g, A), nodeAt(g, B), nodeAt(g, C)];
  assert.deepEqual(outTo(g, a), [b]);
  assert.deepEqual(outTo(g, b), []);
  assert.deepEqual(outTo(g, c), [b]);
  assert.deepEqual([...g.incoming.node.slice(g.incoming.start[b], g.incoming.start[b + 1])].sort(), [a, c].sort());
});

it('splits long edges so points can snap to the middle of a long road', () => {
  const g = RoadGraph.build([line('trunk', [A, B])], 'long', 100);
  const ab = distanceMeters(pt(A), pt(B));
  assert.equal(g.nodeCount, Math.ceil(ab / 100) + 1);
  const total = [...g.out.distM].reduce((s, d) => s + d, 0) / 2;
  assert.ok(Math.abs(total - ab) < 0.5, `split pieces add up to the edge (${total} vs ${ab})`);
});

it('counts weakly connected components', () => {
  const g = RoadGraph.build([...square(), line('residential', [[105.9, 21.1], [105.901, 21.1]])], 'two parts', Infinity);
  assert.equal(g.stats.components, 2);
  assert.equal(g.stats.largestComponent, 4);
  assert.equal(g.componentSize[nodeAt(g, [105.9, 21.1])], 2);
});

it('reads OSM features, skips classes a vehicle cannot use, and names each bad feature', () => {
  const ok = readRoadLines(
    asFeatureCollection([
      { type: 'Feature', properties: { highway: 'primary', oneway: 'yes' }, geometry: { type: 'LineString', coordinates: [A, B] } },
      { type: 'Feature', properties: { highway: 'footway' }, geometry: { type: 'LineString', coordinates: [B, C] } },
      { type: 'Feature', properties: { highway: 'secondary' }, geometry: { type: 'MultiLineString', coordinates: [[C, D], [D, A]] } },
    ]),
    'good.geojson',
  );
  assert.equal(ok.lines.length, 3);
  assert.equal(ok.lines[0].direction, 'forward');
  assert.deepEqual(ok.skippedByClass, { footway: 1 });

  const bad = asFeatureCollection([
    { type: 'Feature', properties: { highway: 'primary' }, geometry: { type: 'LineString', coordinates: [A, B] } },
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [A, B] } },
    { type: 'Feature', properties: { highway: 'primary' }, geometry: { type: 'Point', coordinates: A } },
    { type: 'Feature', properties: { highway: 'primary' }, geometry: { type: 'LineString', coordinates: [A] } },
    { type: 'Feature', properties: { highway: 'primary' }, geometry: { type: 'LineString', coordinates: [A, [190, 21]] } },
  ]);
  assert.throws(
    () => readRoadLines(bad, 'bad.geojson'),
    (err: unknown) => {
      assert.ok(err instanceof RoadImportError);
      assert.equal(err.total, 4);
      assert.match(err.errors[0], /^features\[1\]: properties\.highway is missing/);
      assert.match(err.errors[1], /^features\[2\]: geometry type "Point" is not LineString/);
      assert.match(err.errors[2], /^features\[3\]\.geometry\.coordinates: a line needs at least 2 positions/);
      assert.match(err.errors[3], /^features\[4\]\.geometry\.coordinates\[1\]: longitude 190 is not in/);
      assert.match(err.message, /^bad\.geojson: 4 invalid features/);
      return true;
    },
  );
  assert.throws(() => readRoadLines({ type: 'Feature' }, 'x.geojson'), /not a GeoJSON FeatureCollection/);
});
