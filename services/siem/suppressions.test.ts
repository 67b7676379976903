import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matches, previewHours, validateMatch } from './suppressions';

const rules = new Set(['wf-ids-signature']);

test('a match fixes only the fields it names', () => {
  const s = { ruleId: 'wf-ids-signature', assetId: 'CAM-1', sourceIp: '1.2.3.4' };
  assert.ok(matches({ rule_id: '', asset_id: '', source_ip: '1.2.3.4' }, s));
  assert.ok(matches({ rule_id: 'wf-ids-signature', asset_id: 'CAM-1', source_ip: '' }, s));
  assert.ok(!matches({ rule_id: 'wf-ids-signature', asset_id: 'CAM-2', source_ip: '' }, s));
});

test('matches and windows are validated with the field named', () => {
  assert.throws(() => validateMatch({ rule_id: '', asset_id: ' ', source_ip: '' }, rules), /^Error: match: /);
  assert.throws(() => validateMatch({ rule_id: 'wf-nope', asset_id: '', source_ip: '' }, rules), /match\.rule_id: no loaded rule/);
  assert.throws(() => validateMatch({ rule_id: '', asset_id: '', source_ip: 'nas' }, rules), /match\.source_ip: /);
  assert.deepEqual(validateMatch({ rule_id: 'wf-ids-signature', asset_id: '', source_ip: '' }, rules), { rule_id: 'wf-ids-signature', asset_id: '', source_ip: '' });
  assert.equal(previewHours(0), 24);
  assert.throws(() => previewHours(169), /hours: /);
});
