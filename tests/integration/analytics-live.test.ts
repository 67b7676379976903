// Live analytics end to end: a simulated camera publishes H.264 over RTSP (TCP) to the relay, the
// analyser pulls and analyses it, and detections with boxes, track ids, counts and capture times reach
// a console watching the inference engine's WatchInference stream.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { callUnary, inferenceClient, type InferenceServiceClient } from '../../proto/clients';
import type { InferenceEvent__Output } from '../../proto/gen/watchfloor/inference/v1/InferenceEvent';
import { CameraAnalyser } from '../../services/inference/analytics/analyser';
import { startDemoVideo, type DemoVideo } from '../../services/inference/simulator/demo-video';
import { simulatorAnalyticsConfig } from '../../services/inference/simulator/layout';
import { startEngines, type RunningEngines } from '../../services/launcher/start-engines';
import { createLogger } from '../../common/log';
import { eventually, quietLogger, tempDir } from './helpers';

describe('live analytics over RTSP into the inference engine', () => {
  let engines: RunningEngines;
  let video: DemoVideo;
  let client: InferenceServiceClient;
  let stream: grpc.ClientReadableStream<InferenceEvent__Output>;
  const events: InferenceEvent__Output[] = [];

  before(async () => {
    engines = await startEngines({ dataDir: tempDir('analytics'), only: ['inference'], logger: quietLogger });
    client = inferenceClient(engines.addresses.inference!);
    stream = client.WatchInference({ after_seq: 0 });
    stream.on('data', (e: InferenceEvent__Output) => events.push(e));
    stream.on('error', () => undefined);
    video = await startDemoVideo({ cameraIds: ['CAM-0001'], inference: engines.inference!, engineAddress: engines.addresses.inference!, logger: quietLogger });
  });

  after(async () => {
    stream?.cancel();
    client?.close();
    await video?.stop();
    await engines?.stop();
  });

  it('the camera now points at the RTSP relay and ffmpeg can pull it over TCP as fragmented MP4', async () => {
    const cam = await eventually(() => events.find((e) => e.camera?.id === 'CAM-0001' && e.camera.stream_url.startsWith('rtsp://'))?.camera, 'camera stream_url update');
    assert.equal(cam.stream_url, video.urls['CAM-0001']);
    await eventually(() => video.analysers[0].stats.frames > 0, 'the analyser to receive frames', 15_000);
    // Asynchronously: the relay runs in this process and must keep serving while ffmpeg pulls.
    const r = await promisify(execFile)('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-rtsp_transport', 'tcp', '-i', cam.stream_url, '-t', '2', '-c', 'copy', '-f', 'mp4', '-movflags', 'frag_keyframe+empty_moov+default_base_moof', 'pipe:1'], { timeout: 20_000, maxBuffer: 32 * 1024 * 1024, encoding: 'buffer' });
    assert.ok(r.stdout.includes(Buffer.from('moof')), 'no media fragment');
    assert.ok(r.stdout.length > 20_000, `only ${r.stdout.length} bytes in 2 s`);
  });

  it('detection batches stream out with normalised boxes, track ids, density and capture times of live frames', async () => {
    const since = Date.now();
    const batch = await eventually(() => events.find((e) => e.detections?.camera_id === 'CAM-0001' && Number(e.time_ms) >= since && e.detections.detections.some((d) => d.track_id > 0))?.detections, 'a fresh batch with tracked detections', 20_000);
    const now = Date.now();
    const frameMs = Number(batch.frame_ms);
    assert.ok(frameMs <= now && frameMs > now - 5_000, `frame_ms ${frameMs} is not a recent capture time (now ${now})`);
    for (const d of batch.detections) {
      assert.ok(['car', 'bus', 'motorbike', 'person'].includes(d.cls), d.cls);
      assert.ok(d.box!.x >= 0 && d.box!.y >= 0 && d.box!.x + d.box!.w <= 1 && d.box!.y + d.box!.h <= 1, JSON.stringify(d.box));
      assert.ok(d.confidence > 0 && d.confidence <= 1);
    }
    assert.ok(['free', 'moderate', 'heavy', 'jammed'].includes(batch.density!.level), JSON.stringify(batch.density));
    assert.deepEqual(batch.counts.map((c) => c.direction).sort(), ['eastbound', 'westbound']);
    assert.equal(batch.detector, 'motion-blobs');
    // Batches arrive in capture order.
    const times = events.filter((e) => e.detections?.camera_id === 'CAM-0001').map((e) => Number(e.detections!.frame_ms));
    assert.deepEqual(times, [...times].sort((a, b) => a - b));
  });

  it('bad analytics fields are refused naming the field; an unreachable stream is retried, not fatal', async () => {
    const bad = { request_id: randomUUID(), batch: { camera_id: 'CAM-0001', frame_ms: Date.now(), detections: [], density: { occupancy: 0.2, level: 'gridlock' } } };
    await assert.rejects(callUnary(client, client.ReportDetections, bad), (e: grpc.ServiceError) => e.code === grpc.status.INVALID_ARGUMENT && /batch\.density\.level/.test(e.details) && /gridlock/.test(e.details));
    const warnings: string[] = [];
    const logger = createLogger('t', (l) => warnings.push(l));
    const dead = new CameraAnalyser({ cameraId: 'CAM-0002', input: 'rtsp://127.0.0.1:9/none', config: simulatorAnalyticsConfig(), engine: engines.addresses.inference!, logger });
    dead.start();
    try {
      const line = await eventually(() => warnings.find((w) => w.includes('camera stream failed')), 'a warning about the dead stream', 15_000);
      assert.match(line, /CAM-0002/);
      assert.match(line, /rtsp:\/\/127\.0\.0\.1:9\/none/);
      assert.equal(dead.stats.frames, 0);
    } finally {
      dead.stop();
    }
  });
});
