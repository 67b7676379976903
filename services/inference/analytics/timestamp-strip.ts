// Capture time burned into the picture as two rows of black/white cells (like a broadcast timecode),
// so the analyser knows each frame's capture time whatever the transport did to timestamps.
// 44 bits of ms since epoch + 4 check bits = 48 cells.

export interface StripGeometry {
  x: number;
  y: number;
  cols: number;
  rows: number;
  cellW: number;
  cellH: number;
}

const TIME_BITS = 44;

function bitsOf(ms: number): number[] {
  const bits: number[] = [];
  let v = Math.floor(ms);
  for (let i = 0; i < TIME_BITS; i++) {
    bits.push(v % 2);
    v = Math.floor(v / 2);
  }
  let check = 0;
  for (let i = 0; i < TIME_BITS; i += 4) check = (check + bits[i] + 2 * bits[i + 1] + 4 * bits[i + 2] + 8 * bits[i + 3]) & 15;
  for (let i = 0; i < 4; i++) bits.push((check >> i) & 1);
  return bits;
}

/** Writes the strip into a luma plane (width = stride). */
export function writeStrip(luma: Uint8Array, stride: number, g: StripGeometry, ms: number): void {
  const bits = bitsOf(ms);
  for (let i = 0; i < bits.length; i++) {
    const cx = g.x + (i % g.cols) * g.cellW;
    const cy = g.y + Math.floor(i / g.cols) * g.cellH;
    const v = bits[i] ? 235 : 16;
    for (let y = cy; y < cy + g.cellH; y++) luma.fill(v, y * stride + cx, y * stride + cx + g.cellW);
  }
}

/**
 * Reads the strip from a luma plane that may be scaled (sx, sy: analysis pixels per source pixel).
 * Returns ms since epoch, or null when the cells do not check out (no strip, or damaged).
 */
export function readStrip(luma: Uint8Array, stride: number, g: StripGeometry, sx = 1, sy = 1): number | null {
  const bits: number[] = [];
  for (let i = 0; i < TIME_BITS + 4; i++) {
    const cx = Math.floor((g.x + (i % g.cols) * g.cellW + g.cellW / 2) * sx);
    const cy = Math.floor((g.y + Math.floor(i / g.cols) * g.cellH + g.cellH / 2) * sy);
    bits.push(luma[cy * stride + cx] >= 128 ? 1 : 0);
  }
  let ms = 0;
  for (let i = TIME_BITS - 1; i >= 0; i--) ms = ms * 2 + bits[i];
  const expect = bitsOf(ms);
  for (let i = TIME_BITS; i < TIME_BITS + 4; i++) if (expect[i] !== bits[i]) return null;
  return ms > 0 ? ms : null;
}
