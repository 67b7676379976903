import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCreateCase, validateCreateSuppression, validateSuppressionMatch, validateUpdateCase } from './soc-validation';

const field = (r: { ok: boolean; error?: { field?: string } }) => (r.ok ? 'ok' : r.error!.field);

test('a suppression match needs a rule, an asset or a real address', () => {
  assert.equal(field(validateSuppressionMatch({})), 'ruleId');
  assert.equal(field(validateSuppressionMatch({ sourceIp: '10.0.0.300' })), 'sourceIp');
  assert.equal(field(validateSuppressionMatch({ assetId: 7 })), 'assetId');
  assert.deepEqual(validateSuppressionMatch({ ruleId: ' wf-x ', assetId: '' }), { ok: true, value: { ruleId: 'wf-x' } });
});

test('a suppression needs a reason and an expiry within 90 days', () => {
  const now = 1_000_000;
  const match = { sourceIp: '198.51.100.7' };
  assert.equal(field(validateCreateSuppression({ match, reason: ' ', expiresMs: now + 1 }, now)), 'reason');
  assert.equal(field(validateCreateSuppression({ match, reason: 'scanner', expiresMs: now }, now)), 'expiresMs');
  assert.equal(field(validateCreateSuppression({ match, reason: 'scanner', expiresMs: now + 91 * 86_400_000 }, now)), 'expiresMs');
  assert.equal(field(validateCreateSuppression({ match, reason: 'scanner', expiresMs: now + 3_600_000 }, now)), 'ok');
});

test('cases: alerts are required; an update carries exactly one change', () => {
  assert.equal(field(validateCreateCase({ alertIds: [] })), 'alertIds');
  assert.equal(field(validateCreateCase({ alertIds: ['ALR-1'], title: 3 })), 'title');
  assert.equal(field(validateCreateCase({ alertIds: ['ALR-1'] })), 'ok');
  const base = { caseId: 'CASE-1', expectedVersion: 2 };
  assert.equal(field(validateUpdateCase({ ...base })), 'addTask');
  assert.equal(field(validateUpdateCase({ ...base, note: 'a', close: true })), 'close');
  assert.equal(field(validateUpdateCase({ ...base, linkIncidentId: 'public-order' })), 'linkIncidentId');
  assert.equal(field(validateUpdateCase({ ...base, addTask: '  ' })), 'addTask');
  assert.equal(field(validateUpdateCase({ ...base, expectedVersion: 0, note: 'x' })), 'expectedVersion');
  assert.deepEqual(validateUpdateCase({ ...base, linkIncidentId: 'INC-000042' }), { ok: true, value: { ...base, linkIncidentId: 'INC-000042' } });
});
