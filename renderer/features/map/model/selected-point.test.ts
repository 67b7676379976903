import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applySnapshot, emptyState } from '../../../state/console-state';
import { alert, incident, snapshot, unit } from '../../../state/test-fixtures';
import { selectedPoint } from './selected-point';

test('selectedPoint finds incidents and units, and null for alerts without a location', () => {
  const s = applySnapshot(emptyState(), snapshot({ incidents: [incident({ id: 'I' })], units: [unit({ id: 'U', position: { lat: 21.1, lon: 105.8 } })], alerts: [alert({ id: 'A' })] }));
  assert.deepEqual(selectedPoint(s, { kind: 'incident', id: 'I' }), { lat: 21.03, lon: 105.85 });
  assert.deepEqual(selectedPoint(s, { kind: 'unit', id: 'U' }), { lat: 21.1, lon: 105.8 });
  assert.equal(selectedPoint(s, { kind: 'alert', id: 'A' }), null);
  assert.equal(selectedPoint(s, { kind: 'incident', id: 'nope' }), null);
});
