// Live analytics for one camera: ffmpeg decodes its stream, CameraAnalytics runs on every analysed
// frame, and each frame's result goes to the inference engine over gRPC ReportDetections (from where
// WatchInference streams it to consoles). Reconnects with backoff when the stream or engine drops.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../../common/log';
import { callUnary, inferenceClient, type InferenceServiceClient } from '../../../proto/clients';
import type { AnalyticsAlarm } from '../../../proto/gen/watchfloor/inference/v1/AnalyticsAlarm';
import type { DetectionBatch } from '../../../proto/gen/watchfloor/inference/v1/DetectionBatch';
import type { LineCrossing } from '../../../proto/gen/watchfloor/inference/v1/LineCrossing';
import { CameraAnalytics, VEHICLES, type CongestionLevel, type FrameResult } from './camera-analytics';
import { validateAnalyticsConfig, type AnalyticsConfig } from './config';
import type { Detector } from './detector';
import { decodeFrames, type FrameSource } from './frame-source';
import { MotionDetector } from './motion-detector';

export interface AnalyserOptions {
  cameraId: string;
  /** rtsp://…, http(s)://… or a file path. */
  input: string;
  config: AnalyticsConfig;
  /** host:port of the inference engine. */
  engine: string;
  logger: Logger;
  fps?: number;
  width?: number;
  height?: number;
  /** Another detector (e.g. a neural model); default: motion blobs. */
  detector?: (config: AnalyticsConfig) => Detector;
}

export interface AnalyserStats {
  frames: number;
  reported: number;
  reportErrors: number;
  lastFrameMs: number;
  counts: FrameResult['counts'];
}

const MAX_CARRIED = 200;

/** Turns one frame's result into the batch reported to the engine (alarms on transitions only). */
export class BatchBuilder {
  private floodAlarm = new Map<string, boolean>();
  private congestion: CongestionLevel = 'free';
  /** Crossings and alarms of batches that could not be delivered ride along with the next one. */
  private carried: { crossings: LineCrossing[]; alarms: AnalyticsAlarm[] } = { crossings: [], alarms: [] };

  constructor(
    private readonly cameraId: string,
    private readonly detectorName: string,
    private readonly startedMs: number,
  ) {}

  build(r: FrameResult): DetectionBatch {
    const alarms: AnalyticsAlarm[] = [];
    for (const i of r.intrusions) {
      const d = r.detections.find((x) => x.trackId === i.trackId);
      alarms.push({ kind: 'intrusion', zone_id: i.zoneId, track_id: i.trackId, cls: i.cls, severity: 'high', message: `${i.cls} entered ${i.zoneId}`, box: d?.box });
    }
    for (const f of r.floods) {
      const was = this.floodAlarm.get(f.hotspotId) ?? false;
      if (f.alarm && !was) alarms.push({ kind: 'flood', zone_id: f.hotspotId, severity: 'high', message: `water at ${Math.round(f.level * 100)}% of ${f.hotspotId}` });
      this.floodAlarm.set(f.hotspotId, f.alarm);
    }
    if (r.congestion === 'jammed' && this.congestion !== 'jammed') alarms.push({ kind: 'congestion', severity: 'medium', message: `traffic jammed (road ${Math.round(r.occupancy * 100)}% occupied)` });
    this.congestion = r.congestion;
    this.carried.alarms.push(...alarms);
    this.carried.crossings.push(...r.crossings.map((c) => ({ line_id: c.lineId, direction: c.direction, track_id: c.trackId, cls: c.cls, frame_ms: c.frameMs })));
    // An engine away for long: keep the newest events (running totals in counts still add up).
    if (this.carried.crossings.length > MAX_CARRIED) this.carried.crossings.splice(0, this.carried.crossings.length - MAX_CARRIED);
    if (this.carried.alarms.length > MAX_CARRIED) this.carried.alarms.splice(0, this.carried.alarms.length - MAX_CARRIED);
    return {
      camera_id: this.cameraId,
      frame_ms: r.frameMs,
      detections: r.detections.map((d) => ({ cls: d.cls, confidence: d.confidence, box: d.box, track_id: d.trackId })),
      counts: Object.entries(r.counts).flatMap(([line, dirs]) => Object.entries(dirs).map(([direction, count]) => ({ line_id: line, direction, count }))),
      crossings: [],
      alarms: [],
      density: { occupancy: Math.min(1, r.occupancy), level: r.congestion, mean_speed: r.meanSpeed, vehicles: r.detections.filter((d) => VEHICLES.has(d.cls)).length },
      floods: r.floods.map((f) => ({ hotspot_id: f.hotspotId, level: f.level, alarm: f.alarm })),
      detector: this.detectorName,
      analyser_started_ms: this.startedMs,
    };
  }

  /** Puts every crossing and alarm not yet delivered into the batch about to be sent. */
  attachEvents(batch: DetectionBatch): void {
    batch.crossings = [...this.carried.crossings];
    batch.alarms = [...this.carried.alarms];
  }

  /** A batch reached the engine: its crossings and alarms need not be carried any more. */
  delivered(batch: DetectionBatch): void {
    this.carried.crossings.splice(0, batch.crossings?.length ?? 0);
    this.carried.alarms.splice(0, batch.alarms?.length ?? 0);
  }
}

export class CameraAnalyser {
  readonly stats: AnalyserStats = { frames: 0, reported: 0, reportErrors: 0, lastFrameMs: 0, counts: {} };
  private source?: FrameSource;
  private stopped = false;
  private retry?: NodeJS.Timeout;
  private readonly client: InferenceServiceClient;
  private readonly analytics: CameraAnalytics;
  private readonly batches: BatchBuilder;
  private inFlight = false;
  private pending?: DetectionBatch;

  constructor(private readonly opts: AnalyserOptions) {
    const bad = validateAnalyticsConfig(opts.config);
    if (bad) throw new Error(`camera ${opts.cameraId}: analytics config ${bad}`);
    const detector = opts.detector?.(opts.config) ?? new MotionDetector({ region: opts.config.detectionRegion });
    this.analytics = new CameraAnalytics(opts.config, detector);
    this.batches = new BatchBuilder(opts.cameraId, detector.name, Date.now());
    this.client = inferenceClient(opts.engine);
  }

  start(): void {
    let backoff = 1000;
    const run = () => {
      if (this.stopped) return;
      this.source = decodeFrames(
        { input: this.opts.input, fps: this.opts.fps, width: this.opts.width, height: this.opts.height, timestampStrip: this.opts.config.timestampStrip },
        async (f) => {
          backoff = 1000;
          const r = await this.analytics.analyse(f);
          this.stats.frames++;
          this.stats.lastFrameMs = r.frameMs;
          this.stats.counts = r.counts;
          this.report(r);
        },
      );
      this.source.done
        .then(() => this.opts.logger.info('camera stream ended; reconnecting', { camera: this.opts.cameraId }))
        .catch((err: unknown) => this.opts.logger.warn('camera stream failed; reconnecting', { camera: this.opts.cameraId, error: (err as Error).message }))
        .finally(() => {
          if (this.stopped) return;
          this.retry = setTimeout(run, backoff);
          backoff = Math.min(15_000, backoff * 2);
        });
    };
    run();
  }

  /** One report in flight at a time; a frame analysed meanwhile waits, replaced by any newer one. */
  private report(r: FrameResult): void {
    const batch = this.batches.build(r);
    if (this.inFlight) this.pending = batch;
    else this.send(batch);
  }

  private send(batch: DetectionBatch): void {
    this.batches.attachEvents(batch);
    this.inFlight = true;
    callUnary(this.client, this.client.ReportDetections, { request_id: randomUUID(), batch }, 3000)
      .then(() => {
        this.stats.reported++;
        this.batches.delivered(batch);
      })
      .catch((err: unknown) => {
        if (this.stats.reportErrors++ % 50 === 0) this.opts.logger.warn('cannot report detections', { camera: this.opts.cameraId, error: String((err as Error).message ?? err) });
      })
      .finally(() => {
        this.inFlight = false;
        const next = this.pending;
        this.pending = undefined;
        if (next && !this.stopped) this.send(next);
      });
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.source?.stop();
    this.client.close();
  }
}
