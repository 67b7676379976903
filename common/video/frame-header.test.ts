import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeVideoFrame, encodeVideoFrame, VIDEO_HEADER_BYTES } from './frame-header';

test('a video frame round-trips stream id, kind, keyframe and payload', () => {
  const payload = new Uint8Array([1, 2, 3, 250]);
  for (const frame of [
    { streamId: 7, kind: 'init' as const, keyframe: true, payload },
    { streamId: 0xfffffffe, kind: 'media' as const, keyframe: false, payload },
  ]) {
    const bytes = encodeVideoFrame(frame);
    assert.equal(bytes.byteLength, VIDEO_HEADER_BYTES + payload.byteLength);
    const back = decodeVideoFrame(bytes);
    assert.ok(back.ok);
    assert.equal(back.frame.streamId, frame.streamId);
    assert.equal(back.frame.kind, frame.kind);
    assert.equal(back.frame.keyframe, frame.keyframe);
    assert.deepEqual([...back.frame.payload], [...payload]);
  }
});

test('decoding reads a frame inside a larger buffer (a view with an offset)', () => {
  const bytes = encodeVideoFrame({ streamId: 42, kind: 'media', keyframe: true, payload: new Uint8Array([9]) });
  const big = new Uint8Array(bytes.byteLength + 5);
  big.set(bytes, 5);
  const back = decodeVideoFrame(big.subarray(5));
  assert.ok(back.ok && back.frame.streamId === 42 && back.frame.payload[0] === 9);
});

test('malformed frames are refused with the reason', () => {
  assert.match(String((decodeVideoFrame(new Uint8Array(3)) as { error: string }).error), /shorter than its 8-byte header/);
  const bad = encodeVideoFrame({ streamId: 1, kind: 'init', keyframe: false, payload: new Uint8Array() });
  bad[0] = 0x00;
  assert.match(String((decodeVideoFrame(bad) as { error: string }).error), /expected 0x57/);
  bad[0] = 0x57;
  bad[2] = 9;
  assert.match(String((decodeVideoFrame(bad) as { error: string }).error), /kind 9/);
  assert.throws(() => encodeVideoFrame({ streamId: -1, kind: 'init', keyframe: false, payload: new Uint8Array() }), /unsigned 32-bit/);
});
