import { test } from 'node:test';
import assert from 'node:assert/strict';
import { liveEdgeDecision } from './live-edge';

test('a tile near the live edge keeps playing', () => {
  assert.deepEqual(liveEdgeDecision({ currentTime: 4.5, ranges: [[0, 5]] }), { seekTo: null, trimTo: null, behindS: 0.5 });
});

test('more than 2 s behind jumps to just before the edge', () => {
  const d = liveEdgeDecision({ currentTime: 1, ranges: [[0, 5]] });
  assert.equal(d.seekTo, 4.7);
  assert.equal(d.behindS, 4);
});

test('a playhead stuck in a gap jumps too, and old media is trimmed', () => {
  const d = liveEdgeDecision({ currentTime: 3, ranges: [[0, 2.5], [10, 20]] });
  assert.equal(d.seekTo, 19.7);
  assert.ok(d.trimTo !== null && Math.abs(d.trimTo - 13.7) < 1e-9);
  assert.deepEqual(liveEdgeDecision({ currentTime: 0, ranges: [] }), { seekTo: null, trimTo: null, behindS: 0 });
});
