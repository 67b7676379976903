import { it } from 'node:test';
import assert from 'node:assert/strict';
import { capabilitiesOf, validateDispatchRequirements } from './dispatch-requirements';
import { INCIDENT_TYPES } from './incident';

function doc(over: Record<string, unknown> = {}) {
  const incident_types: Record<string, unknown> = Object.fromEntries(INCIDENT_TYPES.map((t) => [t, []]));
  incident_types.fire = [{ capability: 'fire_suppression', count: 2 }, { capability: 'medical', count: 1 }];
  return {
    unit_kinds: {
      fire_engine: { agency: 'fire', capabilities: ['fire_suppression', 'rescue'] },
      ambulance: { agency: 'ambulance', capabilities: ['medical'] },
    },
    incident_types,
    coverage: { minutes: 10, capabilities: ['medical'] },
    ...over,
  };
}

const errorsOf = (data: unknown) => {
  const r = validateDispatchRequirements(data);
  assert.equal(r.ok, false, 'expected the document to be rejected');
  return (r as { errors: string[] }).errors;
};

it('accepts a well-formed document and answers capabilities by unit kind', () => {
  const r = validateDispatchRequirements(doc());
  assert.ok(r.ok);
  assert.deepEqual(r.value.incidentTypes.fire, [{ capability: 'fire_suppression', count: 2 }, { capability: 'medical', count: 1 }]);
  assert.deepEqual(capabilitiesOf(r.value, 'fire_engine'), ['fire_suppression', 'rescue']);
  assert.deepEqual(capabilitiesOf(r.value, 'hovercraft'), []);
});

it('rejects bad unit kinds with the path and the reason', () => {
  const errors = errorsOf(doc({ unit_kinds: { fire_engine: { agency: 'navy', capabilities: ['fire_suppression'] }, ambulance: { agency: 'ambulance', capabilities: [] }, Drone: { agency: 'police', capabilities: ['aerial_view'], wings: 4 } } }));
  assert.ok(errors.includes('unit_kinds.fire_engine.agency: "navy" is not one of police, fire, ambulance, drainage, environment'), errors.join('\n'));
  assert.ok(errors.includes('unit_kinds.ambulance.capabilities: must list at least one capability'));
  assert.ok(errors.includes('unit_kinds.Drone: a kind is lower_snake_case, e.g. "fire_engine"'));
  assert.ok(errors.includes('unit_kinds.Drone.wings: unknown key (allowed: agency, capabilities)'));
});

it('rejects requirements no unit can meet, bad counts, duplicates, unknown and missing incident types', () => {
  const base = doc();
  const types = { ...base.incident_types } as Record<string, unknown>;
  types.fire = [{ capability: 'fire_suppression', count: 0 }, { capability: 'medical', count: 1 }, { capability: 'medical', count: 1 }, { capability: 'teleport', count: 1 }];
  types.alien_landing = [];
  delete types.flooding;
  const errors = errorsOf({ ...base, incident_types: types });
  assert.ok(errors.includes('incident_types.fire[0].count: must be an integer from 1 to 10, got 0'), errors.join('\n'));
  assert.ok(errors.includes('incident_types.fire[2].capability: "medical" is listed twice; raise its count instead'));
  assert.ok(errors.some((e) => e.startsWith('incident_types.fire[3].capability: "teleport" is not a capability any unit kind has')));
  assert.ok(errors.some((e) => e.startsWith('incident_types.alien_landing: "alien_landing" is not an incident type')));
  assert.ok(errors.includes('incident_types.flooding: missing; every incident type needs an entry (an empty list if no unit is sent)'));
});

it('rejects a bad coverage section and a non-object', () => {
  const errors = errorsOf(doc({ coverage: { minutes: 0, capabilities: ['sonar'] } }));
  assert.ok(errors.includes('coverage.minutes: must be a number from 1 to 120, got 0'));
  assert.ok(errors.includes('coverage.capabilities[0]: "sonar" is not a capability any unit kind has'));
  assert.deepEqual(errorsOf([]), ['(root): must be a JSON object with unit_kinds, incident_types and coverage']);
});
