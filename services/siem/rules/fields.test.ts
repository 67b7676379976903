import { it } from 'node:test';
import assert from 'node:assert/strict';
import { categoryOf } from './fields';

it('puts camera video loss with the other device events, so the offline-burst rule sees it', () => {
  assert.equal(categoryOf('device_offline'), 'device');
  assert.equal(categoryOf('video_loss'), 'device');
  assert.equal(categoryOf('login'), 'authentication');
  assert.equal(categoryOf('ids_alert'), 'ids');
  assert.equal(categoryOf('something_else'), 'other');
});
