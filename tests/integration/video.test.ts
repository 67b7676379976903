// Live video end to end in Node: real ffmpeg on a synthetic source → video service → bridge → web host
// WebSocket → binary frames: an init segment, then media fragments with increasing decode times.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import WebSocket from 'ws';
import type { Camera } from '../../common/domain/camera';
import type { ServerFrame } from '../../common/bridge/contract';
import { decodeVideoFrame, type VideoFrame } from '../../common/video/frame-header';
import { codecFromInit, inspectFragment } from '../../common/video/fmp4';
import type { VideoStreamState, VideoWatch } from '../../common/video/video-types';
import { BridgeService } from '../../main/bridge/bridge-service';
import type { Outbox } from '../../main/outbox/outbox';
import { LiveState } from '../../main/state/live-state';
import { startWebHost, type WebHost } from '../../main/host/web-host';
import { createVideoService } from '../../main/video/start-video';
import type { VideoService } from '../../main/video/video-service';
import { eventually, quietLogger, tempDir } from './helpers';

// A graph no other test uses, so leftover ffmpeg processes can be found by it.
const MARKER = 'testsrc2=size=320x240:rate=25,hue=h=123';
const camera = (id: string, streamUrl: string): Camera => ({
  id, name: id, location: { lat: 21.03, lon: 105.85 }, ward: 'Hoàn Kiếm', status: 'online', streamUrl, headingDeg: 0, fovDeg: 70, updatedMs: 1, version: 1, lastDetectionMs: 0, lastCounts: {},
});

function ffmpegWith(marker: string): number {
  const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes('ffmpeg') && l.includes(marker)).length;
}

describe('live video over the bridge WebSocket', () => {
  let host: WebHost;
  let video: VideoService;
  let ws: WebSocket;
  const frames: VideoFrame[] = [];
  const states: VideoStreamState[] = [];
  const results = new Map<number, unknown>();

  before(async () => {
    const state = new LiveState();
    state.apply({ cameras: [camera('CAM-SYN', `lavfi:${MARKER}`), camera('CAM-DEAD', 'rtsp://127.0.0.1:9/none')] });
    const bridge = new BridgeService(state, {} as Outbox, () => ({ engines: {} as never, pendingCommands: 0 }), { wards: [], wardAreas: null, roads: null, water: null }, quietLogger);
    video = createVideoService((id) => state.cameras.get(id), { graceMs: 100, retryBaseMs: 300 }, quietLogger);
    bridge.setVideo(video);
    const dir = tempDir('renderer');
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    host = await startWebHost({ bridge, rendererDir: dir, logger: quietLogger });
    ws = new WebSocket(`${host.url.replace('http', 'ws')}bridge?role=wall`);
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        const f = decodeVideoFrame(new Uint8Array(data as Buffer));
        assert.ok(f.ok);
        frames.push(f.frame);
        return;
      }
      const frame = JSON.parse(String(data)) as ServerFrame;
      if (frame.t === 'result') results.set(frame.id, frame.result);
      else if (frame.event.channel === 'videoState') states.push(frame.event.payload);
    });
    await new Promise((r) => ws.once('open', r));
  });

  after(async () => {
    ws.close();
    await host.close();
    await video.stop();
  });

  let nextId = 1;
  async function call(method: string, args: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
    const id = nextId++;
    ws.send(JSON.stringify({ t: 'call', id, method, args }));
    return eventually(() => results.get(id) as { ok: boolean } | undefined, `answer to ${method}`);
  }

  it('sends an init segment first, then media fragments with increasing decode times', async () => {
    const r = await call('watchVideo', { cameraId: 'CAM-SYN', quality: 'main' });
    assert.ok(r.ok, JSON.stringify(r));
    const watch = r.value as VideoWatch;
    assert.equal(watch.quality, 'main');
    await eventually(() => frames.filter((f) => f.streamId === watch.streamId && f.kind === 'media').length >= 6 || undefined, 'six media fragments', 20_000);
    const mine = frames.filter((f) => f.streamId === watch.streamId);
    assert.equal(mine[0].kind, 'init');
    assert.match(codecFromInit(mine[0].payload) ?? '', /^avc1\.42/, 'baseline H.264');
    const media = mine.slice(1).map((f) => ({ ...inspectFragment(f.payload), flagged: f.keyframe }));
    assert.ok(media[0].keyframe && media[0].flagged, 'the first fragment a window gets starts with a keyframe');
    for (let i = 1; i < media.length; i++) assert.ok(media[i].decodeTime! > media[i - 1].decodeTime!, `decode time grows at fragment ${i}`);
    assert.ok(media.every((m) => m.keyframe === m.flagged), 'the header keyframe flag matches the fragment');
    assert.equal(ffmpegWith(MARKER), 1, 'one ffmpeg for the stream');

    const again = await call('watchVideo', { cameraId: 'CAM-SYN', quality: 'main' });
    assert.ok(again.ok);
    assert.equal(ffmpegWith(MARKER), 1, 'a second tile shares it');
    const second = (again.value as VideoWatch).streamId;
    await eventually(() => frames.some((f) => f.streamId === second && f.kind === 'init') || undefined, 'init for the late joiner');

    assert.ok((await call('unwatchVideo', { streamId: watch.streamId })).ok);
    assert.ok((await call('unwatchVideo', { streamId: second })).ok);
    await eventually(() => ffmpegWith(MARKER) === 0 || undefined, 'ffmpeg stopped after the grace', 5000);
  });

  it('an unreachable camera is reported with its URL and retried', async () => {
    const r = await call('watchVideo', { cameraId: 'CAM-DEAD', quality: 'sub' });
    assert.ok(r.ok);
    const id = (r.value as VideoWatch).streamId;
    const failed = await eventually(() => states.find((s) => s.streamId === id && s.phase === 'retrying'), 'retrying state', 15_000);
    assert.match(failed.error ?? '', /rtsp:\/\/127\.0\.0\.1:9\/none/);
    assert.ok((await call('unwatchVideo', { streamId: id })).ok);
  });

  it('an unknown stream id or a bad argument gets a specific error', async () => {
    const r = await call('unwatchVideo', { streamId: 99999 });
    assert.match(r.error?.message ?? '', /no video stream 99999/);
    const q = await call('watchVideo', { cameraId: 'CAM-SYN', quality: '4k' });
    assert.match(q.error?.message ?? '', /quality must be sub or main, got "4k"/);
  });
});
