import { it } from 'node:test';
import assert from 'node:assert/strict';
import { validateAssignUnits, validateRecommendUnits } from './recommendation';

it('validates assign-units arguments field by field', () => {
  assert.deepEqual(validateAssignUnits({ incidentId: 'INC-000001', unitIds: ['U-1', 'U-2'], expectedVersion: 3 }), {
    ok: true,
    value: { incidentId: 'INC-000001', unitIds: ['U-1', 'U-2'], expectedVersion: 3 },
  });
  const field = (input: unknown) => {
    const r = validateAssignUnits(input);
    assert.equal(r.ok, false);
    return !r.ok && r.error.field;
  };
  assert.equal(field(null), 'input');
  assert.equal(field({ unitIds: ['U-1'], expectedVersion: 1 }), 'incidentId');
  assert.equal(field({ incidentId: 'INC-1', unitIds: [], expectedVersion: 1 }), 'unitIds');
  assert.equal(field({ incidentId: 'INC-1', unitIds: ['U-1', 'U-1'], expectedVersion: 1 }), 'unitIds[1]');
  assert.equal(field({ incidentId: 'INC-1', unitIds: ['bad id'], expectedVersion: 1 }), 'unitIds[0]');
  assert.equal(field({ incidentId: 'INC-1', unitIds: Array.from({ length: 21 }, (_, i) => `U-${i}`), expectedVersion: 1 }), 'unitIds');
  assert.equal(field({ incidentId: 'INC-1', unitIds: ['U-1'], expectedVersion: 0 }), 'expectedVersion');
  assert.equal(field({ incidentId: 'INC-1', unitIds: ['U-1'], expectedVersion: 1, allowReallocation: 'yes' }), 'allowReallocation');
  assert.deepEqual(validateAssignUnits({ incidentId: 'INC-1', unitIds: ['U-1'], expectedVersion: 1, allowReallocation: true }), {
    ok: true,
    value: { incidentId: 'INC-1', unitIds: ['U-1'], expectedVersion: 1, allowReallocation: true },
  });
});

it('validates recommend-units arguments', () => {
  assert.deepEqual(validateRecommendUnits({ incidentId: 'INC-000001' }), { ok: true, value: { incidentId: 'INC-000001' } });
  const r = validateRecommendUnits({ incidentId: '' });
  assert.ok(!r.ok && r.error.field === 'incidentId');
  assert.deepEqual(validateRecommendUnits({ incidentId: 'INC-1', unitKind: 'ambulance' }), { ok: true, value: { incidentId: 'INC-1', unitKind: 'ambulance' } });
  const kind = validateRecommendUnits({ incidentId: 'INC-1', unitKind: 'Xe tăng!' });
  assert.ok(!kind.ok && kind.error.field === 'unitKind');
});
