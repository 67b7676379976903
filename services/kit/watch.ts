import * as grpc from '@grpc/grpc-js';
import type { Logger } from '../../common/log';
import type { EventLog, LoggedEvent } from '../store/event-log';

const REPLAY_PAGE = 1000;

/** Parses after_seq (int64 as string on the wire) or throws INVALID_ARGUMENT. */
export function parseAfterSeq(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : NaN;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw Object.assign(new Error(`after_seq: must be a non-negative integer, got ${JSON.stringify(value)}`), { code: grpc.status.INVALID_ARGUMENT });
  }
  return n;
}

/**
 * Serves a Watch* stream: replays every logged event with seq > afterSeq, then goes live, with
 * no gap and no duplicate between the two (live events are buffered during the replay).
 */
export function serveWatch<Req extends { after_seq?: unknown }, Res>(
  call: grpc.ServerWritableStream<Req, Res>,
  log: EventLog,
  toWire: (e: LoggedEvent) => Res,
  logger: Logger,
): void {
  let afterSeq: number;
  try {
    afterSeq = parseAfterSeq(call.request.after_seq ?? '0');
  } catch (err) {
    call.destroy(err as Error);
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
      call.destroy(Object.assign(new Error(`after_seq ${afterSeq} is beyond this engine's last seq ${lastSeq}: the log was reset; resync with List*`), { code: grpc.status.OUT_OF_RANGE }));
      close();
      return;
    }
    if (lastSeq > 0 && minSeq > afterSeq + 1) {
      call.destroy(Object.assign(new Error(`after_seq ${afterSeq} is older than the retained log (from ${minSeq}); resync with List*`), { code: grpc.status.OUT_OF_RANGE }));
      close();
      return;
    }
    for (;;) {
      if (closed) return;
      const page = await log.readAfter(lastSent, REPLAY_PAGE);
      if (page.length === 0) break;
      for (const e of page) {
        lastSent = e.seq;
        if (!call.write(toWire(e)) && !closed) await drain();
      }
    }
    send(buffered.splice(0));
    live = true;
  })().catch((err: unknown) => {
    logger.error('watch replay failed', { error: String(err) });
    if (!closed) call.destroy(Object.assign(new Error(`replay failed: ${String(err)}`), { code: grpc.status.INTERNAL }));
    close();
  });
}
