import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codecFromInit, Fmp4Splitter, inspectFragment, readBoxes, timescaleFromInit } from './fmp4';

function box(type: string, ...body: Uint8Array[]): Uint8Array {
  const size = 8 + body.reduce((n, b) => n + b.byteLength, 0);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, size);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  let at = 8;
  for (const b of body) {
    out.set(b, at);
    at += b.byteLength;
  }
  return out;
}

function u32(...values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  values.forEach((v, i) => new DataView(out.buffer).setUint32(i * 4, v >>> 0));
  return out;
}

const SYNC = 0x02000000; // depends_on = 2 (I frame), non-sync bit clear
const NON_SYNC = 0x01010000; // depends_on = 1, non-sync bit set

/** A moof as ffmpeg writes it: tfhd (default-base-is-moof, default sample flags), tfdt v1, trun with first_sample_flags. */
function moof(decodeTime: number, firstFlags: number | null, defaultFlags = NON_SYNC): Uint8Array {
  const tfhd = box('tfhd', u32(0x020020, 1, defaultFlags));
  const tfdt = box('tfdt', u32(0x01000000, 0, decodeTime));
  const trun = firstFlags === null ? box('trun', u32(0x000001, 1, 0)) : box('trun', u32(0x000005, 1, 0, firstFlags));
  return box('moof', box('mfhd', u32(0, 1)), box('traf', tfhd, tfdt, trun));
}

const avcC = box('avcC', new Uint8Array([1, 0x42, 0xc0, 0x1e, 0xff]));
const mdhd = box('mdhd', u32(0, 0, 0, 12800, 0, 0));
const init = [box('ftyp', new Uint8Array(8)), box('moov', box('trak', mdhd, avcC))];

test('readBoxes returns complete boxes and stops at a cut one; a size below the header is an error', () => {
  const two = new Uint8Array([...box('ftyp', new Uint8Array(4)), ...box('free').subarray(0, 5)]);
  const r = readBoxes(two);
  assert.deepEqual(r.boxes.map((b) => b.type), ['ftyp']);
  assert.equal(r.consumed, 12);
  assert.throws(() => readBoxes(u32(4, 0x66726565)), /size 4, smaller than its header/);
});

test('inspectFragment tells keyframe fragments from the rest and reads the decode time', () => {
  assert.deepEqual(inspectFragment(moof(3072, SYNC)), { keyframe: true, decodeTime: 3072 });
  assert.deepEqual(inspectFragment(moof(6144, NON_SYNC)), { keyframe: false, decodeTime: 6144 });
  assert.deepEqual(inspectFragment(moof(0, null, SYNC)), { keyframe: true, decodeTime: 0 }, 'falls back to tfhd default flags');
  assert.throws(() => inspectFragment(box('mdat')), /no moof/);
});

test('the splitter cuts init and media fragments whatever the chunking', () => {
  const stream = new Uint8Array([...init[0], ...init[1], ...moof(0, SYNC), ...box('mdat', new Uint8Array(50)), ...moof(512, NON_SYNC), ...box('mdat', new Uint8Array(7))]);
  for (const chunk of [1, 7, 64, stream.byteLength]) {
    const s = new Fmp4Splitter();
    const out = [];
    for (let i = 0; i < stream.byteLength; i += chunk) out.push(...s.push(stream.subarray(i, i + chunk)));
    assert.deepEqual(out.map((o) => (o.kind === 'init' ? 'init' : `${o.info.keyframe ? 'key' : 'delta'}@${o.info.decodeTime}`)), ['init', 'key@0', 'delta@512'], `chunk ${chunk}`);
    assert.equal(out[0].data.byteLength, init[0].byteLength + init[1].byteLength);
    assert.equal(s.bufferedBytes, 0);
  }
});

test('codecFromInit reads profile, constraints and level from avcC', () => {
  assert.equal(codecFromInit(new Uint8Array([...init[0], ...init[1]])), 'avc1.42c01e');
  assert.equal(codecFromInit(init[0]), null);
  assert.equal(timescaleFromInit(new Uint8Array([...init[0], ...init[1]])), 12800);
});
