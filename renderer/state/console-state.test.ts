import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDelta, applySnapshot, emptyState, latestDetectionByCamera, MAX_DETECTIONS } from './console-state';
import { incident, snapshot } from './test-fixtures';

test('applySnapshot indexes records by id and marks the state loaded', () => {
  const s = applySnapshot(emptyState(), snapshot({ incidents: [incident({ id: 'A' }), incident({ id: 'B' })] }));
  assert.equal(s.loaded, true);
  assert.deepEqual([...s.incidents.keys()], ['A', 'B']);
});

test('applyDelta upserts new and newer records and reports them', () => {
  const s0 = applySnapshot(emptyState(), snapshot({ incidents: [incident({ id: 'A', version: 1 })] }));
  const { state, changes } = applyDelta(s0, { incidents: [incident({ id: 'A', version: 2, status: 'verified' }), incident({ id: 'B' })] }, 5);
  assert.equal(state.incidents.get('A')?.status, 'verified');
  assert.equal(state.incidents.size, 2);
  assert.deepEqual(changes.incidents.map((i) => i.id), ['A', 'B']);
  assert.equal(state.lastEventMs, 5);
});

test('applyDelta ignores a record older than the one held', () => {
  const s0 = applySnapshot(emptyState(), snapshot({ incidents: [incident({ id: 'A', version: 3, status: 'dispatched' })] }));
  const { state, changes } = applyDelta(s0, { incidents: [incident({ id: 'A', version: 2, status: 'new' })] }, 1);
  assert.equal(state.incidents.get('A')?.status, 'dispatched');
  assert.equal(changes.incidents.length, 0);
  assert.equal(state.incidents, s0.incidents, 'unchanged collections keep their identity');
});

test('applyDelta keeps the newest of two versions of one id in the same delta', () => {
  const { state } = applyDelta(emptyState(), { incidents: [incident({ id: 'A', version: 4 }), incident({ id: 'A', version: 3 })] }, 1);
  assert.equal(state.incidents.get('A')?.version, 4);
});

test('detections are capped to the newest MAX_DETECTIONS', () => {
  const batches = Array.from({ length: MAX_DETECTIONS + 50 }, (_, i) => ({ cameraId: 'C', frameMs: i, detections: [] }));
  const { state } = applyDelta(emptyState(), { detections: batches }, 1);
  assert.equal(state.detections.length, MAX_DETECTIONS);
  assert.equal(state.detections.at(-1)?.frameMs, MAX_DETECTIONS + 49);
  assert.equal(latestDetectionByCamera(state.detections).get('C')?.frameMs, MAX_DETECTIONS + 49);
});
