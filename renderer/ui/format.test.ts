import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../i18n/translate';
import { ageParts, formatAgo, formatDuration, formatLatLon } from './format';

test('ageParts picks the largest whole unit', () => {
  assert.deepEqual(ageParts(400), { unit: 'now', n: 0 });
  assert.deepEqual(ageParts(3_900), { unit: 's', n: 3 });
  assert.deepEqual(ageParts(125_000), { unit: 'm', n: 2 });
  assert.deepEqual(ageParts(2 * 3_600_000 + 5), { unit: 'h', n: 2 });
  assert.deepEqual(ageParts(-10), { unit: 'now', n: 0 });
});

test('formatAgo and formatDuration speak both languages', () => {
  assert.equal(formatAgo(translator('en'), 0, 3_000), '3 s ago');
  assert.equal(formatAgo(translator('vi'), 0, 180_000), '3 phút trước');
  assert.equal(formatDuration(translator('en'), 3_725_000), '1 h 2 min');
  assert.equal(formatDuration(translator('vi'), 45_000), '45 giây');
});

test('formatLatLon gives the text the create form accepts', () => {
  assert.equal(formatLatLon({ lat: 21.0285, lon: 105.8542 }), '21.02850, 105.85420');
});
