import * as grpc from '@grpc/grpc-js';
import type { Logger } from '../../common/log';
import type { EventLog, LoggedEvent } from '../store/event-log';

const REPLAY_PAGE = 1000;
const REPLAY_BUFFERED_MAX = 4 * REPLAY_PAGE;

/** Ends a server stream with a status (grpc-js turns an emitted error into the call's status). */
function failStream(call: grpc.ServerWritableStream<unknown, unknown>, code: grpc.status, details: string): void {
  call.emit('error', { code, details });
}

/** Parses after_seq (int64 as string on the wire) or throws INVALID_ARGUMENT. */
export function parseAfterSeq(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : NaN;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new Error(`after_seq: must be a non-negative integer, got ${JSON.stringify(value)}`);
  }
  return n;
}

/**
 * One Watch* method of a service, set up so that each live event is serialised once for all its
 * watchers (50 consoles must not mean 50 protobuf encodings of every event): the method's
 * serializer lets pre-encoded bytes through, and encode() caches the bytes per logged event.
 */
export class SharedWatch<Res> {
  readonly definition: grpc.ServiceDefinition;
  private readonly serialize: (value: Res) => Buffer;
  private readonly cache = new WeakMap<LoggedEvent, Buffer>();

  constructor(
    definition: grpc.ServiceDefinition,
    method: string,
    private readonly toWire: (e: LoggedEvent) => Res,
  ) {
    const m = definition[method] as grpc.MethodDefinition<unknown, Res> | undefined;
    if (!m?.responseStream) throw new Error(`${method} is not a server-streaming method of this service`);
    this.serialize = m.responseSerialize;
    this.definition = { ...definition, [method]: { ...m, responseSerialize: (v: Res) => (Buffer.isBuffer(v) ? v : m.responseSerialize(v)) } };
  }

  encode(e: LoggedEvent): Buffer {
    let bytes = this.cache.get(e);
    if (!bytes) {
      bytes = this.serialize(this.toWire(e));
      this.cache.set(e, bytes);
    }
    return bytes;
  }
}

/**
 * Serves a Watch* stream: replays every logged event with seq > afterSeq, then goes live, with
 * no gap and no duplicate between the two (live events are buffered during the replay).
 */
export function serveWatch<Req extends { after_seq?: unknown }, Res>(
  call: grpc.ServerWritableStream<Req, Res>,
  log: EventLog,
  watch: SharedWatch<Res>,
  logger: Logger,
): void {
  // Bytes from SharedWatch.encode pass through the patched serializer unchanged.
  const toWire = (e: LoggedEvent) => watch.encode(e) as unknown as Res;
  let afterSeq: number;
  try {
    afterSeq = parseAfterSeq(call.request.after_seq ?? '0');
  } catch (err) {
    failStream(call, grpc.status.INVALID_ARGUMENT, (err as Error).message);
    return;
  }
  let closed = false;
  let live = false;
  let lastSent = afterSeq;
  const buffered: LoggedEvent[] = [];
  const send = (events: LoggedEvent[]) => {
    for (const e of events) {
      if (e.seq <= lastSent) continue;
      lastSent = e.seq;
      call.write(toWire(e));
    }
  };
  const unsubscribe = log.subscribe((events) => {
    if (closed) return;
    if (live) send(events);
    else buffered.push(...events);
  });
  const close = () => {
    closed = true;
    unsubscribe();
  };
  call.on('cancelled', close);
  call.on('close', close);
  call.on('error', close);

  // Headers now, so the client knows the stream is up even when no event flows.
  call.sendMetadata(new grpc.Metadata());

  const drain = () => new Promise<void>((resolve) => call.once('drain', resolve));
  (async () => {
    const { minSeq, lastSeq } = await log.bounds();
    if (afterSeq > lastSeq) {
      failStream(call, grpc.status.OUT_OF_RANGE, `after_seq ${afterSeq} is beyond this engine's last seq ${lastSeq}: the log was reset; resync with List*`);
      close();
      return;
    }
    if (lastSeq > 0 && minSeq > afterSeq + 1) {
      failStream(call, grpc.status.OUT_OF_RANGE, `after_seq ${afterSeq} is older than the retained log (from ${minSeq}); resync with List*`);
      close();
      return;
    }
    for (;;) {
      if (closed) return;
      const page = await log.readAfter(lastSent, REPLAY_PAGE);
      if (page.length === 0) break;
      for (const e of page) {
        lastSent = e.seq;
        call.write(toWire(e));
      }
      // Wait for the client only when a few pages are queued: waiting at the stream's default
      // high-water mark (16 messages) turns the replay into a ping-pong.
      if (call.writableLength > REPLAY_BUFFERED_MAX && !closed) await drain();
    }
    send(buffered.splice(0));
    live = true;
  })().catch((err: unknown) => {
    logger.error('watch replay failed', { error: String(err) });
    if (!closed) failStream(call, grpc.status.INTERNAL, `replay failed: ${String(err)}`);
    close();
  });
}
