import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDataDirArg } from './args';

test('--data DIR and --data=DIR win over the environment', () => {
  assert.equal(resolveDataDirArg(['electron', '.', '--data', '/srv/wf'], { WATCHFLOOR_DATA: '/env' }), '/srv/wf');
  assert.equal(resolveDataDirArg(['watchfloor', '--data=/srv/wf2'], {}), '/srv/wf2');
});

test('WATCHFLOOR_DATA applies without a flag; nothing gives null', () => {
  assert.equal(resolveDataDirArg(['watchfloor'], { WATCHFLOOR_DATA: ' /env ' }), '/env');
  assert.equal(resolveDataDirArg(['watchfloor'], { WATCHFLOOR_DATA: '' }), null);
  assert.equal(resolveDataDirArg(['watchfloor'], {}), null);
});

test('a --data flag without a value is ignored', () => {
  assert.equal(resolveDataDirArg(['watchfloor', '--data'], {}), null);
  assert.equal(resolveDataDirArg(['watchfloor', '--data', '--inspect'], {}), null);
  assert.equal(resolveDataDirArg(['watchfloor', '--data='], {}), null);
});
