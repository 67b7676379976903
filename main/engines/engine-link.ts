import * as grpc from '@grpc/grpc-js';
import { backoffDelay } from '../../common/backoff';
import { DeltaCoalescer } from '../../common/bridge/coalescer';
import type { Delta } from '../../common/bridge/contract';
import type { EngineState, EngineStatus } from '../../common/domain/engines';
import type { Logger } from '../../common/log';
import type { ConsoleCache } from '../cache/console-cache';
import type { EngineAdapter } from './engine-adapters';

const RESYNC_DEADLINE_MS = 10_000;

export interface EngineLinkEvents {
  /** Every change, as it arrives (before it is persisted). */
  onDelta(delta: Delta): void;
  /** A full replacement of what this engine owns (after a resync). */
  onReplace(delta: Delta): void;
  onStatus(status: EngineStatus): void;
}

/**
 * One engine, seen from the console: a Watch stream resumed from the cached cursor after every
 * disconnect (backoff, no gaps, no duplicates), batches persisted with the cursor, and a state.
 */
export class EngineLink {
  private stream: grpc.ClientReadableStream<unknown> | undefined;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private pending = new DeltaCoalescer(0);
  private pendingSeq = 0;
  private pendingEventMs = 0;
  private writing: Promise<void> | undefined;
  private readyWaiters: (() => void)[] = [];
  private persistedSeq: number;
  readonly status: EngineStatus;

  constructor(
    readonly adapter: EngineAdapter,
    private readonly cache: ConsoleCache,
    start: { lastSeq: number; lastEventMs: number | null },
    private readonly events: EngineLinkEvents,
    private readonly logger: Logger,
  ) {
    this.persistedSeq = start.lastSeq;
    this.status = { engine: adapter.name, state: 'connecting', lastEventMs: start.lastEventMs, lastSeq: start.lastSeq, sinceMs: Date.now(), detail: '' };
  }

  get name() {
    return this.adapter.name;
  }

  get isReady(): boolean {
    return this.status.state === 'ready';
  }

  /** Resolves when the engine is (again) reachable. */
  whenReady(): Promise<void> {
    return this.isReady ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  start(): void {
    this.connect();
  }

  private setState(state: EngineState, detail = ''): void {
    if (this.status.state === state && this.status.detail === detail) return;
    this.status.state = state;
    this.status.detail = detail;
    this.status.sinceMs = Date.now();
    this.events.onStatus({ ...this.status });
    if (state === 'ready') for (const w of this.readyWaiters.splice(0)) w();
  }

  private connect(): void {
    if (this.stopped) return;
    const from = this.status.lastSeq;
    const stream = this.adapter.watch(from);
    this.stream = stream;
    stream.on('metadata', () => {
      if (this.stream !== stream) return;
      this.attempt = 0;
      this.setState('ready');
      this.logger.info('stream up', { resumeAfterSeq: from });
    });
    stream.on('data', (raw: unknown) => {
      if (this.stream !== stream) return;
      const { seq, timeMs, delta } = this.adapter.decode(raw);
      // Guard against a duplicate after a resume race: the cursor only moves forward.
      if (seq <= this.status.lastSeq) return;
      this.status.lastSeq = seq;
      this.status.lastEventMs = Date.now();
      if (this.status.state !== 'ready') this.setState('ready');
      this.events.onDelta(delta);
      this.pending.add(delta);
      this.pendingSeq = seq;
      this.pendingEventMs = timeMs;
      this.schedulePersist();
    });
    stream.on('error', (err: grpc.ServiceError) => this.onStreamEnd(stream, err));
    stream.on('end', () => this.onStreamEnd(stream, undefined));
  }

  private onStreamEnd(stream: grpc.ClientReadableStream<unknown>, err: grpc.ServiceError | undefined): void {
    if (this.stream !== stream) return;
    this.stream = undefined;
    if (this.stopped) return;
    if (err?.code === grpc.status.OUT_OF_RANGE) {
      this.logger.warn('log does not reach back to our cursor; resyncing', { detail: err.details });
      void this.resync();
      return;
    }
    const detail = err ? `${grpc.status[err.code] ?? err.code}: ${err.details}` : 'stream ended';
    this.setState('down', detail);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    const delay = backoffDelay(this.attempt++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.status.state === 'down') this.setState('connecting', this.status.detail);
      this.connect();
    }, delay);
  }

  private async resync(): Promise<void> {
    try {
      await this.flush();
      const snap = await this.adapter.resync(RESYNC_DEADLINE_MS);
      await this.cache.replaceEngine(this.name, snap.lastSeq, snap.delta);
      this.status.lastSeq = snap.lastSeq;
      this.persistedSeq = snap.lastSeq;
      this.events.onReplace(snap.delta);
      this.connect();
    } catch (err) {
      this.setState('down', `resync failed: ${String((err as Error).message ?? err)}`);
      this.scheduleReconnect();
    }
  }

  private schedulePersist(): void {
    if (this.writing) return;
    this.writing = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.persistLoop());
  }

  private async persistLoop(): Promise<void> {
    try {
      while (!this.pending.isEmpty || this.pendingSeq > this.persistedSeq) {
        const delta = this.pending.take() ?? {};
        const seq = this.pendingSeq;
        await this.cache.applyBatch(this.name, seq, this.pendingEventMs, delta);
        this.persistedSeq = seq;
      }
    } catch (err) {
      this.logger.error('cache write failed', { error: String(err) });
    } finally {
      this.writing = undefined;
    }
  }

  /** Waits until everything received so far is in the cache. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  get cachedSeq(): number {
    return this.persistedSeq;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.stream?.cancel();
    this.stream = undefined;
    await this.flush();
    this.adapter.client.close();
  }
}
