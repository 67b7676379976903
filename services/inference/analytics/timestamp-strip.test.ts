import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readStrip, writeStrip } from './timestamp-strip';

const g = { x: 0, y: 0, cols: 24, rows: 2, cellW: 10, cellH: 8 };

describe('burned-in capture time', () => {
  it('reads back the ms written, at full size and at half size', () => {
    const ms = Date.UTC(2026, 10, 23, 7, 30, 15, 123);
    const full = new Uint8Array(640 * 360).fill(90);
    writeStrip(full, 640, g, ms);
    assert.equal(readStrip(full, 640, g), ms);
    const half = new Uint8Array(320 * 180);
    for (let y = 0; y < 180; y++) for (let x = 0; x < 320; x++) half[y * 320 + x] = full[2 * y * 640 + 2 * x];
    assert.equal(readStrip(half, 320, g, 0.5, 0.5), ms);
  });

  it('a picture without a strip, or with a damaged one, gives no time rather than a wrong one', () => {
    assert.equal(readStrip(new Uint8Array(640 * 360).fill(120), 640, g), null);
    const frame = new Uint8Array(640 * 360);
    writeStrip(frame, 640, g, 1795395600000);
    frame[4 * 640 + 35] = frame[4 * 640 + 35] > 128 ? 16 : 235; // flip one cell's centre
    assert.equal(readStrip(frame, 640, g), null);
  });
});
