// The demo's live video: N simulated street cameras published over RTSP by a local relay, each
// analysed live with the results reported to the inference engine (which streams them to consoles).
import type { Logger } from '../../../common/log';
import { CameraAnalyser } from '../analytics/analyser';
import type { InferenceEngine } from '../inference-engine';
import { simulatorAnalyticsConfig } from './layout';
import { RtspRelay } from './rtsp-relay';
import { SimulatedCamera, type SimulatedCameraOptions } from './simulated-camera';

/** Long-running scenes: rush-hour waves, a flood that rises and recedes every 6 minutes, one night camera in rain. */
export function demoScene(index: number): SimulatedCameraOptions {
  const wave = (period: number, phase: number) => (t: number) => 0.35 + 0.5 * Math.max(0, Math.sin((2 * Math.PI * t) / period + phase));
  return {
    seed: 101 + index,
    keepTruth: false,
    traffic: wave(180 + index * 40, index),
    // Dry for the first minute (the analyser learns the dry hotspot), then a 6-minute cycle.
    flood: (t) => (t < 60 ? 0 : Math.max(0, Math.sin((2 * Math.PI * (t - 60)) / 360)) * 0.9),
    weather: () => ({ night: index % 2 === 1, rain: index % 2 === 1 }),
  };
}

export interface DemoVideo {
  relayPort: number;
  urls: Record<string, string>;
  analysers: CameraAnalyser[];
  stop(): Promise<void>;
}

/**
 * Starts the relay, publishes one simulated camera per id, points those cameras' stream_url at it, and
 * analyses each live. engineAddress: where the analysers report (the inference engine's gRPC).
 */
export async function startDemoVideo(opts: { cameraIds: readonly string[]; inference: InferenceEngine; engineAddress: string; logger: Logger; port?: number }): Promise<DemoVideo> {
  const relay = new RtspRelay(opts.logger.child('rtsp'));
  const port = await relay.listen(opts.port ?? 0);
  const publishers: { stop(): void }[] = [];
  const analysers: CameraAnalyser[] = [];
  const urls: Record<string, string> = {};
  for (const [i, id] of opts.cameraIds.entries()) {
    const url = `rtsp://127.0.0.1:${port}/sim/${encodeURIComponent(id)}`;
    urls[id] = url;
    const cam = new SimulatedCamera(demoScene(i));
    publishers.push(cam.publish(url, opts.logger.child('sim-camera')));
    await opts.inference.setStreamUrl(id, url);
    const analyser = new CameraAnalyser({ cameraId: id, input: url, config: simulatorAnalyticsConfig(), engine: opts.engineAddress, logger: opts.logger.child('analyser') });
    analysers.push(analyser);
  }
  // Let the publishers announce before the analysers ask for the streams (they retry anyway).
  setTimeout(() => analysers.forEach((a) => a.start()), 1500).unref();
  opts.logger.info('simulated cameras live', { urls });
  return {
    relayPort: port,
    urls,
    analysers,
    async stop() {
      analysers.forEach((a) => a.stop());
      publishers.forEach((p) => p.stop());
      await relay.close();
    },
  };
}

const SIM_URL = /^rtsp:\/\/127\.0\.0\.1:\d+\/sim\//;

/**
 * Demo cameras left pointing at a simulator relay of an earlier run (the URL is stored) go back to their
 * demo stream when no simulator serves them now, so they do not show as dead.
 */
export async function restoreDemoStreams(inference: InferenceEngine, demoCameras: readonly { id: string; stream_url: string }[], live: readonly string[]): Promise<number> {
  const { cameras } = await inference.store.snapshotCameras();
  let restored = 0;
  for (const c of cameras) {
    if (live.includes(c.id) || !SIM_URL.test(c.stream_url)) continue;
    const original = demoCameras.find((d) => d.id === c.id)?.stream_url;
    if (!original) continue;
    await inference.setStreamUrl(c.id, original);
    restored++;
  }
  return restored;
}
