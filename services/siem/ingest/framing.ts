import { Malformed } from './event';

export interface FramerOptions {
  /** Longest frame or line kept; longer input is dropped (and reported) without being buffered. */
  maxFrameBytes?: number;
}

export type FrameSink = (frame: string) => void;
export type RejectSink = (err: Malformed, head: string) => void;

const DEFAULT_MAX = 64 * 1024;
const MAX_LEN_DIGITS = 9;

/**
 * RFC 6587 syslog-over-TCP framing, detected per frame: octet counting ("123 <34>1 …") when the
 * frame starts with a digit, else non-transparent framing ended by LF (CRLF and NUL tolerated).
 * Memory per connection is bounded by maxFrameBytes whatever the peer sends.
 */
export class SyslogTcpFramer {
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes still to throw away from an oversize octet-counted frame. */
  private skipBytes = 0;
  /** Dropping an oversize LF-framed line until its LF. */
  private skipToNewline = false;
  private readonly max: number;

  constructor(
    private readonly onFrame: FrameSink,
    private readonly onReject: RejectSink,
    opts: FramerOptions = {},
  ) {
    this.max = opts.maxFrameBytes ?? DEFAULT_MAX;
  }

  push(chunk: Buffer): void {
    let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    let i = 0;
    for (;;) {
      if (this.skipBytes > 0) {
        const n = Math.min(this.skipBytes, buf.length - i);
        this.skipBytes -= n;
        i += n;
        if (this.skipBytes > 0) break;
        continue;
      }
      if (this.skipToNewline) {
        const nl = buf.indexOf(0x0a, i);
        if (nl < 0) {
          i = buf.length;
          break;
        }
        this.skipToNewline = false;
        i = nl + 1;
        continue;
      }
      if (i >= buf.length) break;
      const c = buf[i];
      if (c === 0x0a || c === 0x0d || c === 0x00 || c === 0x20) {
        i++;
        continue;
      }
      const consumed = c >= 0x30 && c <= 0x39 ? this.octetCounted(buf, i) : this.lfFramed(buf, i);
      if (consumed === 0) break;
      i += consumed;
    }
    buf = buf.subarray(i);
    // Copy so a small remainder does not pin a large socket chunk.
    this.pending = buf.length ? Buffer.from(buf) : Buffer.alloc(0);
  }

  /** Bytes held for an incomplete frame (for tests of the memory bound). */
  get bufferedBytes(): number {
    return this.pending.length;
  }

  /** Bytes of an oversize octet-counted frame still being thrown away (the peer announced them). */
  get skippingBytes(): number {
    return this.skipBytes;
  }

  /** Returns bytes consumed, or 0 to wait for more input. */
  private octetCounted(buf: Buffer, start: number): number {
    let j = start;
    while (j < buf.length && j - start <= MAX_LEN_DIGITS && buf[j] >= 0x30 && buf[j] <= 0x39) j++;
    if (j >= buf.length) return 0;
    const head = buf.toString('latin1', start, Math.min(buf.length, start + 40));
    if (buf[j] !== 0x20 || j - start > MAX_LEN_DIGITS) {
      this.onReject(new Malformed('tcp.framing', `MSG-LEN: expected digits then a space (RFC 6587 octet counting), got ${JSON.stringify(head.slice(0, 16))}`), head);
      this.skipToNewline = true;
      return j - start;
    }
    const len = Number(buf.toString('latin1', start, j));
    const body = j + 1;
    if (len > this.max) {
      this.onReject(new Malformed('tcp.frame_too_long', `MSG-LEN: ${len} bytes is over the ${this.max}-byte frame limit; frame dropped`), head);
      this.skipBytes = len;
      return body - start;
    }
    if (buf.length - body < len) return 0;
    this.onFrame(buf.toString('utf8', body, body + len));
    return body + len - start;
  }

  private lfFramed(buf: Buffer, start: number): number {
    const nl = buf.indexOf(0x0a, start);
    if (nl < 0) {
      if (buf.length - start > this.max) {
        const head = buf.toString('utf8', start, start + 40);
        this.onReject(new Malformed('tcp.line_too_long', `line: over the ${this.max}-byte limit with no LF; dropped up to the next LF`), head);
        this.skipToNewline = true;
        return buf.length - start;
      }
      return 0;
    }
    if (nl - start > this.max) {
      this.onReject(new Malformed('tcp.line_too_long', `line: ${nl - start} bytes is over the ${this.max}-byte limit; dropped`), buf.toString('utf8', start, start + 40));
      return nl + 1 - start;
    }
    let end = nl;
    while (end > start && (buf[end - 1] === 0x0d || buf[end - 1] === 0x00)) end--;
    this.onFrame(buf.toString('utf8', start, end));
    return nl + 1 - start;
  }
}
