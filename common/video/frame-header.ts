// The binary frame that carries video over a window's bridge link (text frames stay JSON bridge frames).
// Layout (8 bytes, big-endian): 'W' 0x57 | version 1 | kind (1 init, 2 media) | flags (bit 0: keyframe) | stream id u32 | payload.

export const VIDEO_FRAME_MAGIC = 0x57;
export const VIDEO_FRAME_VERSION = 1;
export const VIDEO_HEADER_BYTES = 8;

export type VideoFrameKind = 'init' | 'media';

export interface VideoFrame {
  streamId: number;
  kind: VideoFrameKind;
  /** A media fragment that starts with a keyframe (a decoder can start here). */
  keyframe: boolean;
  payload: Uint8Array;
}

const KIND_CODES: Record<VideoFrameKind, number> = { init: 1, media: 2 };

export function encodeVideoFrame(frame: VideoFrame): Uint8Array {
  if (!Number.isInteger(frame.streamId) || frame.streamId < 0 || frame.streamId > 0xffffffff) {
    throw new RangeError(`video stream id must be an unsigned 32-bit integer, got ${frame.streamId}`);
  }
  const out = new Uint8Array(VIDEO_HEADER_BYTES + frame.payload.byteLength);
  const view = new DataView(out.buffer);
  out[0] = VIDEO_FRAME_MAGIC;
  out[1] = VIDEO_FRAME_VERSION;
  out[2] = KIND_CODES[frame.kind];
  out[3] = frame.keyframe ? 1 : 0;
  view.setUint32(4, frame.streamId);
  out.set(frame.payload, VIDEO_HEADER_BYTES);
  return out;
}

export type DecodedVideoFrame = { ok: true; frame: VideoFrame } | { ok: false; error: string };

/** Reads a frame; the payload is a view into `data`, not a copy. */
export function decodeVideoFrame(data: Uint8Array): DecodedVideoFrame {
  if (data.byteLength < VIDEO_HEADER_BYTES) return { ok: false, error: `video frame of ${data.byteLength} bytes is shorter than its ${VIDEO_HEADER_BYTES}-byte header` };
  if (data[0] !== VIDEO_FRAME_MAGIC) return { ok: false, error: `video frame starts with 0x${data[0].toString(16)}, expected 0x57` };
  if (data[1] !== VIDEO_FRAME_VERSION) return { ok: false, error: `video frame version ${data[1]} is not supported (expected ${VIDEO_FRAME_VERSION})` };
  const kind = data[2] === 1 ? 'init' : data[2] === 2 ? 'media' : null;
  if (!kind) return { ok: false, error: `video frame kind ${data[2]} is neither 1 (init) nor 2 (media)` };
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return {
    ok: true,
    frame: { streamId: view.getUint32(4), kind, keyframe: (data[3] & 1) === 1, payload: data.subarray(VIDEO_HEADER_BYTES) },
  };
}
