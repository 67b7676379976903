import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from '../../common/log';
import { decodeVideoFrame } from '../../common/video/frame-header';
import type { VideoStreamState, VideoWatch } from '../../common/video/video-types';
import type { Camera } from '../../common/domain/camera';
import type { FfmpegStreamEvents } from './ffmpeg-stream';
import { VideoService, type ManagedStream, type VideoSink } from './video-service';

class FakeStream implements ManagedStream {
  init: Uint8Array | null = null;
  phase: 'starting' | 'live' | 'retrying' | 'stopped' = 'starting';
  lastError: string | undefined;
  stopped = false;
  constructor(readonly key: string, readonly events: FfmpegStreamEvents) {}
  start() {}
  async stop() {
    this.stopped = true;
  }
  emitInit(bytes: number[]) {
    this.init = new Uint8Array(bytes);
    this.events.onInit(this.init);
  }
  emitMedia(byte: number, keyframe: boolean) {
    this.events.onMedia(new Uint8Array([byte]), { keyframe, decodeTime: byte });
  }
}

const cam = (id: string, streamUrl = 'lavfi:testsrc2=size=640x360:rate=25'): Camera => ({
  id, name: id, location: { lat: 21, lon: 105.8 }, ward: 'Hoàn Kiếm', status: 'online', streamUrl, headingDeg: 0, fovDeg: 70, updatedMs: 0, version: 1, lastDetectionMs: 0, lastCounts: {},
});

function setup(budget = 24, graceMs = 20) {
  const streams: FakeStream[] = [];
  const cameras = new Map([cam('CAM-1'), cam('CAM-2'), cam('CAM-3'), cam('CAM-BAD', 'gopher://x')].map((c) => [c.id, c]));
  const video = new VideoService((id) => cameras.get(id), {
    budget,
    graceMs,
    highWaterBytes: 100,
    createStream: (key, _src, _q, events) => {
      const s = new FakeStream(key, events);
      streams.push(s);
      return s;
    },
  }, createLogger('test', () => undefined));
  return { video, streams };
}

function sink(windowId: string) {
  const got: { id: number; kind: string; byte: number }[] = [];
  const s: VideoSink & { got: typeof got; buffered: number } = {
    windowId,
    got,
    buffered: 0,
    sendBinary(data) {
      const f = decodeVideoFrame(data);
      if (f.ok) got.push({ id: f.frame.streamId, kind: f.frame.kind, byte: f.frame.payload[0] });
    },
    bufferedBytes: () => s.buffered,
    sendState: () => undefined,
  };
  return s;
}

const value = (r: { ok: boolean; value?: unknown }) => {
  assert.ok(r.ok, JSON.stringify(r));
  return r.value as VideoWatch;
};
const tick = () => new Promise((r) => setImmediate(r));

test('tiles showing the same camera at the same quality share one stream; late joiners get the init first', async () => {
  const { video, streams } = setup();
  const a = sink('w1');
  const b = sink('w2');
  const wa = value(video.watch(a, { cameraId: 'CAM-1', quality: 'sub' }));
  streams[0].emitInit([0xa0]);
  streams[0].emitMedia(1, true);
  streams[0].emitMedia(2, false);
  const wb = value(video.watch(b, { cameraId: 'CAM-1', quality: 'sub' }));
  assert.equal(streams.length, 1);
  assert.notEqual(wa.streamId, wb.streamId);
  await tick();
  streams[0].emitMedia(3, false);
  streams[0].emitMedia(4, true);
  assert.deepEqual(a.got.map((f) => `${f.kind}${f.byte}`), ['init160', 'media1', 'media2', 'media3', 'media4']);
  assert.deepEqual(b.got.map((f) => `${f.kind}${f.byte}`), ['init160', 'media4'], 'b starts at a keyframe after its init');
  value(video.watch(a, { cameraId: 'CAM-1', quality: 'main' }));
  assert.equal(streams.length, 2, 'main is a separate stream');
  await video.stop();
});

test('a stream nobody watches stops after the grace; one taken back in time keeps running', async () => {
  const { video, streams } = setup(24, 30);
  const a = sink('w1');
  const w = value(video.watch(a, { cameraId: 'CAM-1', quality: 'sub' }));
  assert.ok(video.unwatch('w1', { streamId: w.streamId }).ok);
  value(video.watch(a, { cameraId: 'CAM-1', quality: 'sub' }));
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(streams[0].stopped, false);
  assert.equal(video.streamCount, 1);
  video.detachWindow('w1');
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(streams[0].stopped, true);
  assert.equal(video.streamCount, 0);
  const other = video.unwatch('w2', { streamId: w.streamId });
  assert.ok(!other.ok && other.error.code === 'NOT_FOUND');
});

test('past the decode budget a main request gets the sub-stream and says why', async () => {
  const { video } = setup(6);
  const s = sink('w1');
  assert.equal(value(video.watch(s, { cameraId: 'CAM-1', quality: 'main' })).quality, 'main');
  value(video.watch(s, { cameraId: 'CAM-2', quality: 'sub' }));
  value(video.watch(s, { cameraId: 'CAM-3', quality: 'sub' }));
  assert.equal(video.unitsInUse, 6);
  const w = value(video.watch(s, { cameraId: 'CAM-2', quality: 'main' }));
  assert.deepEqual([w.requested, w.quality, w.limitedBy], ['main', 'sub', 'budget']);
  assert.equal(value(video.watch(sink('w2'), { cameraId: 'CAM-1', quality: 'main' })).quality, 'main', 'an existing main stream is shared at no cost');
  await video.stop();
});

test('a window that does not read loses media until the next keyframe, never the init', async () => {
  const { video, streams } = setup();
  const s = sink('w1');
  value(video.watch(s, { cameraId: 'CAM-1', quality: 'sub' }));
  streams[0].emitInit([0xa0]);
  streams[0].emitMedia(1, true);
  s.buffered = 1000;
  streams[0].emitMedia(2, false);
  s.buffered = 0;
  streams[0].emitMedia(3, false);
  streams[0].emitMedia(4, true);
  assert.deepEqual(s.got.map((f) => `${f.kind}${f.byte}`), ['init160', 'media1', 'media4']);
  await video.stop();
});

test('bad requests name the field, the camera and the URL', () => {
  const { video } = setup();
  const s = sink('w1');
  const r1 = video.watch(s, { cameraId: 'CAM-BAD', quality: 'sub' });
  assert.ok(!r1.ok && r1.error.field === 'stream_url' && /CAM-BAD: stream_url "gopher:\/\/x" has the unsupported scheme "gopher:"/.test(r1.error.message));
  const r2 = video.watch(s, { cameraId: 'CAM-404' });
  assert.ok(!r2.ok && r2.error.code === 'NOT_FOUND' && /CAM-404/.test(r2.error.message));
  const r3 = video.watch(s, { cameraId: 'CAM-1', quality: 'ultra' });
  assert.ok(!r3.ok && r3.error.field === 'quality');
});

test('watchers learn the stream clock from its fragments and a failure reason they can show', async () => {
  const { video, streams } = setup();
  const states: VideoStreamState[] = [];
  const s: VideoSink = { windowId: 'w1', sendBinary: () => undefined, bufferedBytes: () => 0, sendState: (st) => states.push(st) };
  const w = value(video.watch(s, { cameraId: 'CAM-1', quality: 'sub' }));
  // An init whose mdhd says 1000 units per second; media decode times are then milliseconds.
  const init = new Array(48).fill(0);
  init.splice(8, 4, ...[...'mdhd'].map((c) => c.charCodeAt(0)));
  init[26] = 0x03;
  init[27] = 0xe8;
  streams[0].emitInit(init);
  const before = Date.now();
  streams[0].emitMedia(0, true);
  assert.equal(states.filter((st) => st.clockOffsetMs !== undefined).length, 0, 'one fragment gives no duration yet');
  streams[0].emitMedia(200, false);
  const clocked = states.filter((st) => st.clockOffsetMs !== undefined);
  assert.equal(clocked.length, 1);
  assert.equal(clocked[0].streamId, w.streamId);
  // Media time 0 was produced before the second fragment arrived, one fragment duration (200 ms) earlier.
  assert.ok(clocked[0].clockOffsetMs! <= Date.now() - 400 && clocked[0].clockOffsetMs! >= before - 400 - 1000);
  streams[0].events.onPhase('retrying', 'cannot read video from lavfi: Connection refused');
  const failed = states[states.length - 1];
  assert.equal(failed.errorKey, 'video.error.unreachable');
  assert.equal(failed.phase, 'retrying');
  await video.stop();
});
