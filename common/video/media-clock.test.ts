import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batchForFrame, insertBatch, MediaClock } from './media-clock';

test('the clock maps media time to wall time from the least-delayed fragment', () => {
  const clock = new MediaClock();
  const start = 1_700_000_000_000; // wall time of media time 0
  // 200 ms fragments; each arrives 200 ms after its first frame plus a transport delay of 30..130 ms.
  const delays = [90, 30, 130, 60, 110];
  let offset: number | null = null;
  delays.forEach((d, i) => {
    offset = clock.observe({ mediaS: i * 0.2, receivedMs: start + i * 200 + 200 + d });
  });
  assert.equal(offset, start + 30);
  // Frame at media 3.0 s was produced at start + 3000; the estimate is off by the least delay only.
  assert.equal(3.0 * 1000 + offset!, start + 3000 + 30);
});

test('the first fragment gives no estimate, and a restart (media time going back) starts over', () => {
  const clock = new MediaClock();
  assert.equal(clock.observe({ mediaS: 0, receivedMs: 1000 }), null);
  assert.equal(clock.observe({ mediaS: 0.2, receivedMs: 1250 }), 850);
  assert.equal(clock.observe({ mediaS: 0, receivedMs: 9000 }), null);
  assert.equal(clock.offsetMs, null);
});

test('the overlay takes the latest batch at or just before the displayed frame, never a stale one', () => {
  const batches = [{ frameMs: 1000 }, { frameMs: 1040 }, { frameMs: 1080 }, { frameMs: 2000 }];
  assert.equal(batchForFrame(batches, 1050)?.frameMs, 1040);
  assert.equal(batchForFrame(batches, 1080)?.frameMs, 1080);
  // 1500 is 420 ms after the last batch before it: nothing matches that frame.
  assert.equal(batchForFrame(batches, 1500), null);
  assert.equal(batchForFrame(batches, 900), null);
  // A batch stamped slightly after the frame (within half a frame) still counts.
  assert.equal(batchForFrame(batches, 1990)?.frameMs, 2000);
  assert.equal(batchForFrame([], 1000), null);
});

test('batches are kept in frame order and old ones are dropped', () => {
  const list: { frameMs: number; n?: number }[] = [];
  for (const f of [1000, 3000, 2000, 2000, 9000]) insertBatch(list, { frameMs: f }, 6500);
  assert.deepEqual(list.map((b) => b.frameMs), [3000, 9000]);
});
