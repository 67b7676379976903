import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineIndicators, lastEventMs } from './engine-health';
import { engineStatus, snapshot } from '../../../state/test-fixtures';

test('engineIndicators reports staleness only for engines that are not ready', () => {
  const status = snapshot().status;
  status.engines.siem = engineStatus('siem', { state: 'down', lastEventMs: 42, detail: 'connect ECONNREFUSED' });
  const out = engineIndicators(status);
  assert.deepEqual(out.map((i) => i.engine), ['dispatch', 'siem', 'inference']);
  assert.equal(out[0].staleSinceMs, null);
  assert.deepEqual(out[1], { engine: 'siem', state: 'down', staleSinceMs: 42, detail: 'connect ECONNREFUSED' });
});

test('engineIndicators shows every engine as connecting before the first status', () => {
  assert.ok(engineIndicators(null).every((i) => i.state === 'connecting'));
});

test('lastEventMs takes the newest of the local delta time and the engines', () => {
  const status = snapshot().status;
  status.engines.siem = engineStatus('siem', { lastEventMs: 9_000 });
  assert.equal(lastEventMs(5_000, status), 9_000);
  assert.equal(lastEventMs(12_000, status), 12_000);
  assert.equal(lastEventMs(null, null), null);
});
