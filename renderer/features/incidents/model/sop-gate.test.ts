import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Incident } from '../../../../common/domain/incident';
import { blockingSteps, refusedStepIds, stepTitles } from './sop-gate';

const step = (id: string, required: boolean, doneMs = 0) => ({ id, title: `VI ${id}`, titleEn: `EN ${id}`, required, action: '' as const, actionParam: '', doneBy: doneMs ? 'op' : '', doneMs });
const incident = { id: 'INC-1', status: 'on_scene', sopSteps: [step('a', true, 5), step('b', true), step('c', false), step('d', true)] } as unknown as Incident;

it('lists the open required steps that block resolve and close, and nothing else', () => {
  assert.deepEqual(blockingSteps(incident, 'resolved').map((s) => s.id), ['b', 'd']);
  assert.deepEqual(blockingSteps(incident, 'closed').map((s) => s.id), ['b', 'd']);
  assert.deepEqual(blockingSteps(incident, 'cancelled'), []);
});

it('reads the step ids from the engine refusal and titles them in the operator language', () => {
  const ids = refusedStepIds({ code: 'INVALID_ARGUMENT', field: 'sopSteps', message: 'sop_steps: incident INC-1 cannot be resolved: required SOP steps not ticked: b, d' });
  assert.deepEqual(ids, ['b', 'd']);
  assert.equal(stepTitles(incident, ids!, 'vi'), 'VI b; VI d');
  assert.equal(stepTitles(incident, ids!, 'en'), 'EN b; EN d');
  assert.equal(refusedStepIds({ code: 'INVALID_ARGUMENT', field: 'status', message: 'status: cannot change' }), null);
});
