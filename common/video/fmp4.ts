// Reads fragmented MP4 as ffmpeg writes it (-movflags frag_keyframe+empty_moov+default_base_moof):
// top-level boxes, init segment (ftyp+moov) vs media fragments (moof+mdat), keyframes and decode times. Pure.

export interface Mp4Box {
  type: string;
  /** Whole box, header included. */
  start: number;
  size: number;
  headerSize: number;
}

function fourCC(data: Uint8Array, at: number): string {
  return String.fromCharCode(data[at], data[at + 1], data[at + 2], data[at + 3]);
}

/** The complete boxes in data[from, to); stops at a box that is cut off. Throws on a malformed size. */
export function readBoxes(data: Uint8Array, from = 0, to = data.byteLength): { boxes: Mp4Box[]; consumed: number } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const boxes: Mp4Box[] = [];
  let at = from;
  while (to - at >= 8) {
    let size = view.getUint32(at);
    let headerSize = 8;
    if (size === 1) {
      if (to - at < 16) break;
      size = Number(view.getBigUint64(at + 8));
      headerSize = 16;
    }
    if (size < headerSize) throw new Error(`MP4 box "${fourCC(data, at + 4)}" at byte ${at} has size ${size}, smaller than its header`);
    if (at + size > to) break;
    boxes.push({ type: fourCC(data, at + 4), start: at, size, headerSize });
    at += size;
  }
  return { boxes, consumed: at - from };
}

function child(data: Uint8Array, parent: Mp4Box, type: string): Mp4Box | undefined {
  return readBoxes(data, parent.start + parent.headerSize, parent.start + parent.size).boxes.find((b) => b.type === type);
}

export interface FragmentInfo {
  /** The first sample is a sync sample: a decoder can start at this fragment. */
  keyframe: boolean;
  /** tfdt baseMediaDecodeTime of the first track fragment, in the track's timescale. */
  decodeTime: number | null;
}

const TFHD_DEFAULT_FLAGS_OFFSETS: [number, number][] = [[0x1, 8], [0x2, 4], [0x8, 4], [0x10, 4]];

/** Reads keyframe and decode time from a moof box (the bytes of the moof, or a fragment that starts with it). */
export function inspectFragment(data: Uint8Array): FragmentInfo {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const moof = readBoxes(data).boxes.find((b) => b.type === 'moof');
  if (!moof) throw new Error('media fragment has no moof box');
  const traf = child(data, moof, 'traf');
  if (!traf) throw new Error('moof has no traf box');
  const tfhd = child(data, traf, 'tfhd');
  const tfdt = child(data, traf, 'tfdt');
  const trun = child(data, traf, 'trun');
  let decodeTime: number | null = null;
  if (tfdt) {
    const body = tfdt.start + tfdt.headerSize;
    decodeTime = data[body] === 1 ? Number(view.getBigUint64(body + 4)) : view.getUint32(body + 4);
  }
  let sampleFlags: number | null = null;
  if (tfhd) {
    const body = tfhd.start + tfhd.headerSize;
    const flags = view.getUint32(body) & 0xffffff;
    let at = body + 8;
    for (const [bit, len] of TFHD_DEFAULT_FLAGS_OFFSETS) if (flags & bit) at += len;
    if (flags & 0x20) sampleFlags = view.getUint32(at);
  }
  if (trun) {
    const body = trun.start + trun.headerSize;
    const flags = view.getUint32(body) & 0xffffff;
    let at = body + 8;
    if (flags & 0x1) at += 4;
    if (flags & 0x4) sampleFlags = view.getUint32(at);
    else if (flags & 0x400) {
      at += (flags & 0x100 ? 4 : 0) + (flags & 0x200 ? 4 : 0);
      sampleFlags = view.getUint32(at);
    }
  }
  // sample_is_non_sync_sample is bit 16; sample_depends_on == 2 means "does not depend on others" (an I frame).
  const keyframe = sampleFlags !== null && ((sampleFlags >>> 16) & 1) === 0 && ((sampleFlags >>> 24) & 3) !== 1;
  return { keyframe, decodeTime };
}

/** The MSE codec string (e.g. avc1.42c01e) from the avcC box of an init segment, or null. */
export function codecFromInit(init: Uint8Array): string | null {
  for (let i = 4; i + 8 <= init.byteLength; i++) {
    if (init[i] === 0x61 && init[i + 1] === 0x76 && init[i + 2] === 0x63 && init[i + 3] === 0x43) {
      const hex = (n: number) => n.toString(16).padStart(2, '0');
      return `avc1.${hex(init[i + 5])}${hex(init[i + 6])}${hex(init[i + 7])}`;
    }
  }
  return null;
}

/** The first track's timescale (units per second) from the mdhd box of an init segment, or null. */
export function timescaleFromInit(init: Uint8Array): number | null {
  const view = new DataView(init.buffer, init.byteOffset, init.byteLength);
  for (let i = 4; i + 32 <= init.byteLength; i++) {
    if (init[i] === 0x6d && init[i + 1] === 0x64 && init[i + 2] === 0x68 && init[i + 3] === 0x64) {
      return view.getUint32(i + 4 + (init[i + 4] === 1 ? 20 : 12));
    }
  }
  return null;
}

export type Mp4Segment = { kind: 'init'; data: Uint8Array } | { kind: 'media'; data: Uint8Array; info: FragmentInfo };

/** Cuts a byte stream into an init segment and media fragments, whatever the chunking. */
export class Fmp4Splitter {
  private pending = new Uint8Array(0);
  private initParts: Uint8Array[] = [];
  private moof: Uint8Array | null = null;

  push(chunk: Uint8Array): Mp4Segment[] {
    const joined = new Uint8Array(this.pending.byteLength + chunk.byteLength);
    joined.set(this.pending);
    joined.set(chunk, this.pending.byteLength);
    const { boxes, consumed } = readBoxes(joined);
    const out: Mp4Segment[] = [];
    for (const b of boxes) {
      const bytes = joined.slice(b.start, b.start + b.size);
      if (b.type === 'ftyp') this.initParts = [bytes];
      else if (b.type === 'moov') {
        out.push({ kind: 'init', data: concat([...this.initParts, bytes]) });
        this.initParts = [];
      } else if (b.type === 'moof') this.moof = bytes;
      else if (b.type === 'mdat' && this.moof) {
        const data = concat([this.moof, bytes]);
        out.push({ kind: 'media', data, info: inspectFragment(this.moof) });
        this.moof = null;
      }
    }
    this.pending = joined.slice(consumed);
    return out;
  }

  get bufferedBytes(): number {
    return this.pending.byteLength;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
