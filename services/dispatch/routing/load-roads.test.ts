import { it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadDemoData } from '../../demo/demo-data';
import { loadRoadGraph, roadGraphFromGeoJson } from './load-roads';
import { A, B, asFeatureCollection } from './test-roads';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-roads-'));
const write = (name: string, text: string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
};

it('loads a roads file and reports skipped classes and build time', () => {
  const f = write('ok.geojson', JSON.stringify(asFeatureCollection([
    { type: 'Feature', properties: { highway: 'primary' }, geometry: { type: 'LineString', coordinates: [A, B] } },
    { type: 'Feature', properties: { highway: 'steps' }, geometry: { type: 'LineString', coordinates: [A, B] } },
  ])));
  const r = loadRoadGraph(f);
  assert.equal(r.graph.source, 'ok.geojson');
  assert.equal(r.graph.stats.lines, 1);
  assert.deepEqual(r.skippedByClass, { steps: 1 });
  assert.ok(r.buildMs >= 0);
});

it('says plainly when the file as a whole is unusable', () => {
  assert.throws(() => loadRoadGraph(path.join(dir, 'missing.geojson')), /missing\.geojson: cannot read the file/);
  assert.throws(() => loadRoadGraph(write('bad.json', '{ nope')), /bad\.json: not valid JSON/);
  const onlyFootways = write('foot.geojson', JSON.stringify(asFeatureCollection([{ type: 'Feature', properties: { highway: 'footway' }, geometry: { type: 'LineString', coordinates: [A, B] } }])));
  assert.throws(() => loadRoadGraph(onlyFootways), /^Error: foot\.geojson: no drivable road lines/);
});

it('builds a graph from the demo schematic roads (class property)', () => {
  const r = roadGraphFromGeoJson(loadDemoData().map.roads, 'demo', { classProperty: 'class' });
  assert.ok(r.graph.stats.nodes > 100, 'long schematic roads are split into ~100 m pieces');
  assert.ok(r.graph.stats.largestComponent > r.graph.stats.nodes / 2, 'the schematic roads meet each other');
});
