import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DeltaCoalescer } from './coalescer';
import type { Unit } from '../domain/unit';

const unit = (id: string, version: number, lat = 21): Unit => ({
  id, callSign: id, agency: 'police', kind: 'patrol_car', status: 'available', position: { lat, lon: 105.8 }, headingDeg: 0, speedKmh: 0, incidentId: '', updatedMs: 0, version,
});

describe('DeltaCoalescer', () => {
  it('keeps only the latest record per id between flushes', () => {
    const c = new DeltaCoalescer();
    for (let v = 1; v <= 100; v++) c.add({ units: [unit('U-1', v, 21 + v / 1000), unit('U-2', v)] });
    const out = c.take()!;
    assert.equal(out.units!.length, 2);
    assert.equal(out.units!.find((u) => u.id === 'U-1')!.version, 100);
    assert.equal(c.take(), null, 'empty after take');
  });

  it('does not roll a record back when an older version arrives late', () => {
    const c = new DeltaCoalescer();
    c.add({ units: [unit('U-1', 5)] });
    c.add({ units: [unit('U-1', 3)] });
    assert.equal(c.take()!.units![0].version, 5);
  });

  it('caps detections to the newest N', () => {
    const c = new DeltaCoalescer(3);
    for (let i = 0; i < 10; i++) c.add({ detections: [{ cameraId: `C${i}`, frameMs: i, detections: [] }] });
    assert.deepEqual(c.take()!.detections!.map((d) => d.cameraId), ['C7', 'C8', 'C9']);
  });
});
