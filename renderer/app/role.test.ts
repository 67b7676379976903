import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reconnectDelayMs } from './backoff';
import { bridgeSocketUrl, parseRole } from './role';

test('parseRole defaults to map and rejects unknown roles', () => {
  assert.deepEqual(parseRole(''), { ok: true, role: 'map' });
  assert.deepEqual(parseRole('?role=alerts'), { ok: true, role: 'alerts' });
  assert.deepEqual(parseRole('?role=wal'), { ok: false, given: 'wal' });
});

test('bridgeSocketUrl picks the scheme and forwards the token', () => {
  assert.equal(bridgeSocketUrl({ protocol: 'http:', host: '127.0.0.1:4455', search: '?role=map' }, 'map'), 'ws://127.0.0.1:4455/bridge?role=map');
  assert.equal(
    bridgeSocketUrl({ protocol: 'https:', host: 'h', search: '?role=wall&token=a%20b' }, 'wall'),
    'wss://h/bridge?role=wall&token=a+b',
  );
});

test('reconnect backoff goes 0.5 s, 1 s, 2 s, 4 s, then stays at 5 s', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 9].map(reconnectDelayMs), [500, 1000, 2000, 4000, 5000, 5000]);
});
