import { it } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay } from './backoff';

it('backs off exponentially with jitter and a ceiling', () => {
  assert.equal(backoffDelay(0, 250, 5000, () => 0), 125);
  assert.equal(backoffDelay(0, 250, 5000, () => 1), 250);
  assert.equal(backoffDelay(3, 250, 5000, () => 1), 2000);
  assert.equal(backoffDelay(30, 250, 5000, () => 1), 5000);
  assert.equal(backoffDelay(30, 250, 5000, () => 0), 2500);
});
