import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newUploadId, splitParts } from './import-parts';

test('splitParts covers the text in order with parts of at most size', () => {
  const text = 'Hoàn Kiếm '.repeat(50);
  const parts = splitParts(text, 64);
  assert.equal(parts.join(''), text);
  assert.ok(parts.every((p) => p.length <= 64));
  assert.deepEqual(splitParts('', 10), ['']);
});

test('splitParts never cuts a surrogate pair', () => {
  const text = 'ab😀cd';
  const parts = splitParts(text, 3);
  assert.equal(parts.join(''), text);
  assert.deepEqual(parts[0], 'ab');
});

test('upload ids fit what main accepts', () => {
  assert.match(newUploadId(1_700_000_000_000, 0.5), /^[\w-]{1,64}$/);
});
