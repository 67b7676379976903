import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCreateInput, EMPTY_FORM } from './create-form';

const good = { type: 'flooding', priority: '2', location: '21.03, 105.85', description: ' Ngập sâu 40 cm ' };

test('a complete form becomes a trimmed operator request', () => {
  const r = buildCreateInput(good);
  assert.ok(r.ok);
  assert.deepEqual(r.value, { type: 'flooding', priority: 2, location: { lat: 21.03, lon: 105.85 }, description: 'Ngập sâu 40 cm', source: 'operator' });
});

test('errors name the field and carry a catalogue key', () => {
  const cases: [Partial<typeof good>, string, string][] = [
    [{ type: '' }, 'type', 'error.typeRequired'],
    [{ priority: '' }, 'priority', 'error.priorityRange'],
    [{ location: '' }, 'location', 'error.locationRequired'],
    [{ location: 'Hồ Gươm' }, 'location', 'error.locationFormat'],
    [{ location: '10.0, 100.0' }, 'location', 'error.locationOutside'],
  ];
  for (const [patch, field, key] of cases) {
    const r = buildCreateInput({ ...good, ...patch });
    assert.ok(!r.ok, JSON.stringify(patch));
    assert.equal(r.error.field, field);
    assert.equal(r.error.key, key);
  }
});

test('the type error comes before a bad location text', () => {
  const r = buildCreateInput({ ...EMPTY_FORM, location: 'abc' });
  assert.ok(!r.ok);
  assert.equal(r.error.field, 'type');
});
