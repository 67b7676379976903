import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BatchBuilder } from './analyser';
import type { FrameResult } from './camera-analytics';

function frame(ms: number, over: Partial<FrameResult> = {}): FrameResult {
  return {
    frameMs: ms,
    detections: [{ cls: 'person', confidence: 0.8, box: { x: 0.45, y: 0.2, w: 0.02, h: 0.08 }, trackId: 7 }],
    crossings: [],
    intrusions: [],
    occupancy: 0.05,
    congestion: 'free',
    meanSpeed: 0.1,
    floods: [{ hotspotId: 'hotspot-1', level: 0, alarm: false }],
    counts: { 'line-1': { eastbound: 0, westbound: 0 } },
    ...over,
  };
}

describe('detection batches sent to the engine', () => {
  it('carries boxes with track ids, counts, density and flood levels of the frame', () => {
    const b = new BatchBuilder('CAM-0001', 'motion-blobs', 1000);
    const batch = b.build(frame(5000, { counts: { 'line-1': { eastbound: 3, westbound: 1 } } }));
    b.attachEvents(batch);
    assert.equal(batch.camera_id, 'CAM-0001');
    assert.equal(batch.frame_ms, 5000);
    assert.deepEqual(batch.detections, [{ cls: 'person', confidence: 0.8, box: { x: 0.45, y: 0.2, w: 0.02, h: 0.08 }, track_id: 7 }]);
    assert.deepEqual(batch.counts, [{ line_id: 'line-1', direction: 'eastbound', count: 3 }, { line_id: 'line-1', direction: 'westbound', count: 1 }]);
    assert.equal(batch.density?.level, 'free');
  });

  it('a crossing or alarm of an undelivered batch rides with the next one, and is sent once after delivery', () => {
    const b = new BatchBuilder('CAM-0001', 'motion-blobs', 1000);
    const first = b.build(frame(1000, { crossings: [{ lineId: 'line-1', direction: 'eastbound', trackId: 3, cls: 'car', frameMs: 1000 }], intrusions: [{ zoneId: 'zone-entrance', trackId: 7, cls: 'person', frameMs: 1000 }] }));
    b.attachEvents(first); // sending fails: nothing delivered
    const second = b.build(frame(1200, { crossings: [{ lineId: 'line-1', direction: 'westbound', trackId: 4, cls: 'bus', frameMs: 1200 }] }));
    b.attachEvents(second);
    assert.deepEqual(second.crossings!.map((c) => c.track_id), [3, 4]);
    assert.deepEqual(second.alarms!.map((a) => [a.kind, a.track_id]), [['intrusion', 7]]);
    b.delivered(second);
    const third = b.build(frame(1400));
    b.attachEvents(third);
    assert.deepEqual(third.crossings, []);
    assert.deepEqual(third.alarms, []);
  });

  it('raises a flood or congestion alarm when the state starts, not on every frame it lasts', () => {
    const b = new BatchBuilder('CAM-0001', 'motion-blobs', 1000);
    const kinds: string[] = [];
    for (let i = 0; i < 4; i++) {
      const batch = b.build(frame(1000 + i * 200, { floods: [{ hotspotId: 'hotspot-1', level: 0.5, alarm: i > 0 }], congestion: i > 1 ? 'jammed' : 'heavy' }));
      b.attachEvents(batch);
      b.delivered(batch);
      kinds.push(...batch.alarms!.map((a) => a.kind ?? ''));
    }
    assert.deepEqual(kinds, ['flood', 'congestion']);
  });
});
