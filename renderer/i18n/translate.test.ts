import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en } from './en';
import { vi } from './vi';
import { errorText, interpolate, translator } from './translate';
import { COMMAND_KINDS } from '../../common/bridge/contract';

test('interpolate fills {name} and leaves unknown names visible', () => {
  assert.equal(interpolate('{n} giây trước', { n: 3 }), '3 giây trước');
  assert.equal(interpolate('a {x} b', {}), 'a {x} b');
});

test('both catalogues carry the same keys', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(vi).sort());
});

test('every error key used in common/ has a message', () => {
  const keys = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/'(error\.\w+)'/g)) keys.add(m[1]);
    }
  };
  walk(join(import.meta.dirname, '..', '..', 'common'));
  assert.ok(keys.size > 5);
  for (const key of keys) assert.ok(key in vi, `vi lacks ${key}`);
});

test('errorText localises keyed errors (with status params) and falls back to the message', () => {
  const t = translator('vi');
  assert.equal(
    errorText(t, 'vi', { message: 'x', key: 'error.transition', params: { from: 'closed', to: 'new' } }),
    'Không thể chuyển sự cố từ “Đã đóng” sang “Mới”.',
  );
  assert.equal(errorText(t, 'vi', { message: 'engine said no', key: 'error.somethingNew' }), 'engine said no');
  assert.equal(translator('en')('age.s', { n: 3 }), '3 s ago');
});

test('every queued command kind has a label in the outbox list', () => {
  for (const kind of COMMAND_KINDS) {
    assert.ok(`outboxKind.${kind}` in vi, `vi lacks outboxKind.${kind}`);
    assert.ok(`outboxKind.${kind}` in en, `en lacks outboxKind.${kind}`);
  }
});
