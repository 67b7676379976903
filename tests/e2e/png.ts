import { inflateSync } from 'node:zlib';

/** Reads one pixel of an 8-bit RGB/RGBA PNG (what Chromium screenshots are), without a dependency. */
export const PNG = {
  pixel(buf: Buffer, x: number, y: number): { r: number; g: number; b: number } {
    const width = buf.readUInt32BE(16);
    const colorType = buf[25];
    const bpp = colorType === 6 ? 4 : 3;
    const chunks: Buffer[] = [];
    for (let off = 8; off < buf.length; ) {
      const len = buf.readUInt32BE(off);
      const type = buf.toString('ascii', off + 4, off + 8);
      if (type === 'IDAT') chunks.push(buf.subarray(off + 8, off + 8 + len));
      off += 12 + len;
    }
    const raw = inflateSync(Buffer.concat(chunks));
    const stride = width * bpp;
    const rows: Buffer[] = [];
    let prev = Buffer.alloc(stride);
    for (let row = 0; row <= y; row++) {
      const filter = raw[row * (stride + 1)];
      const line = Buffer.from(raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1)));
      for (let i = 0; i < stride; i++) {
        const a = i >= bpp ? line[i - bpp] : 0;
        const b = prev[i];
        const c = i >= bpp ? prev[i - bpp] : 0;
        const pred = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
        line[i] = (line[i] + pred) & 0xff;
      }
      rows.push(line);
      prev = line;
    }
    const line = rows[y];
    return { r: line[x * bpp], g: line[x * bpp + 1], b: line[x * bpp + 2] };
  },
};

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
