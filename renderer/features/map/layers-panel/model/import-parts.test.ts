import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytesToBase64, newUploadId, splitParts } from './import-parts';

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

test('bytesToBase64 encodes a binary file of any length as one base64 text (padding only at the end)', () => {
  for (const n of [0, 1, 2, 3, 32_766, 32_767, 100_001]) {
    const bytes = new Uint8Array(n).map((_, i) => (i * 7919) & 0xff);
    const b64 = bytesToBase64(bytes);
    assert.match(b64, /^[A-Za-z0-9+/]*={0,2}$/);
    assert.deepEqual(new Uint8Array(Buffer.from(b64, 'base64')), bytes);
  }
});
