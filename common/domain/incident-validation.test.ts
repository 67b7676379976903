import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkTransition, validateCreateIncident, validateSetIncidentStatus } from './incident-validation';
import { canTransition, INCIDENT_STATUSES, nextStatuses } from './incident';
import type { Incident } from './incident';

const good = { type: 'fire', priority: 1, location: { lat: 21.03, lon: 105.85 }, description: '  khói  ' };

describe('validateCreateIncident', () => {
  it('accepts a good create and trims the description, defaulting source to operator', () => {
    const r = validateCreateIncident(good);
    assert.ok(r.ok);
    assert.equal(r.value.description, 'khói');
    assert.equal(r.value.source, 'operator');
  });

  for (const [name, patch, field, key] of [
    ['missing type', { type: undefined }, 'type', 'error.typeRequired'],
    ['unknown type', { type: 'alien_invasion' }, 'type', 'error.typeUnknown'],
    ['priority 0', { priority: 0 }, 'priority', 'error.priorityRange'],
    ['priority 2.5', { priority: 2.5 }, 'priority', 'error.priorityRange'],
    ['priority as text', { priority: '1' }, 'priority', 'error.priorityRange'],
    ['no location', { location: undefined }, 'location', 'error.locationRequired'],
    ['NaN latitude', { location: { lat: NaN, lon: 105.8 } }, 'location', 'error.locationNumbers'],
    ['Ho Chi Minh City', { location: { lat: 10.77, lon: 106.7 } }, 'location', 'error.locationOutside'],
    ['huge description', { description: 'x'.repeat(2001) }, 'description', 'error.descriptionLong'],
    ['unknown source', { source: 'pigeon' }, 'source', 'error.sourceUnknown'],
  ] as const) {
    it(`rejects ${name}, naming ${field}`, () => {
      const r = validateCreateIncident({ ...good, ...patch });
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.error.field, field);
      assert.equal(!r.ok && r.error.key, key);
      assert.equal(!r.ok && r.error.code, 'INVALID_ARGUMENT');
    });
  }

  it('says which value was out of Hanoi', () => {
    const r = validateCreateIncident({ ...good, location: { lat: 10.77, lon: 106.7 } });
    assert.match(!r.ok ? r.error.message : '', /10\.77, 106\.7 is outside Hanoi/);
  });
});

describe('incident lifecycle', () => {
  it('moves forward and never out of closed or cancelled', () => {
    assert.ok(canTransition('new', 'verified'));
    assert.ok(canTransition('en_route', 'on_scene'));
    assert.equal(nextStatuses('closed').length, 0);
    assert.equal(nextStatuses('cancelled').length, 0);
    assert.ok(!canTransition('new', 'closed'));
    for (const s of INCIDENT_STATUSES) assert.ok(!canTransition(s, 'new'), `${s} → new must be refused`);
  });

  it('names both statuses when a transition is refused', () => {
    const r = checkTransition({ id: 'INC-000001', status: 'new' } as Incident, 'closed');
    assert.match(!r.ok ? r.error.message : '', /from new to closed/);
  });

  it('validates a status change request', () => {
    assert.ok(validateSetIncidentStatus({ incidentId: 'INC-1', status: 'verified', expectedVersion: 3 }).ok);
    const r = validateSetIncidentStatus({ incidentId: 'INC-1', status: 'teleported', expectedVersion: 3 });
    assert.equal(!r.ok && r.error.field, 'status');
    const v = validateSetIncidentStatus({ incidentId: 'INC-1', status: 'verified' });
    assert.equal(!v.ok && v.error.field, 'expectedVersion');
  });
});
