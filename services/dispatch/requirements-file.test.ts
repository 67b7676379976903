import { it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadDemoData } from '../demo/demo-data';
import { loadDispatchRequirements } from './requirements-file';

it('the shipped requirements file is valid and describes every demo unit kind', () => {
  const reqs = loadDispatchRequirements();
  assert.deepEqual(reqs.incidentTypes.fire, [{ capability: 'fire_suppression', count: 2 }, { capability: 'medical', count: 1 }]);
  for (const u of loadDemoData().units) {
    assert.ok(reqs.unitKinds[u.kind], `demo unit ${u.id} has kind ${u.kind} that the requirements file describes`);
    assert.equal(reqs.unitKinds[u.kind].agency, u.agency, `demo unit ${u.id}: agency matches its kind`);
  }
});

it('a broken file fails the load with the file and every problem named', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-reqs-'));
  const bad = path.join(dir, 'bad.json');
  fs.writeFileSync(bad, JSON.stringify({ unit_kinds: { ambulance: { agency: 'ambulance', capabilities: ['medical'] } }, incident_types: {}, coverage: { minutes: 10, capabilities: [] } }));
  assert.throws(() => loadDispatchRequirements(bad), /bad\.json is invalid: incident_types\.traffic_accident: missing/);
  fs.writeFileSync(bad, '{ not json');
  assert.throws(() => loadDispatchRequirements(bad), /dispatch requirements .*bad\.json: /);
});
