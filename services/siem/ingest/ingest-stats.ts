import type { Malformed, IngestFormat } from './event';

export interface MalformedSample {
  time_ms: number;
  transport: string;
  peer: string;
  reason: string;
  detail: string;
  line: string;
}

const SAMPLE_LINE_MAX = 2048;

/** Counts of what ingest took and refused (per reason), and the last N refused inputs with why. */
export class IngestStats {
  received = 0;
  accepted = 0;
  rejected = 0;
  private readonly byReason = new Map<string, number>();
  private readonly byFormat = new Map<string, number>();
  private readonly samples: MalformedSample[] = [];

  constructor(private readonly maxSamples = 50) {}

  accept(format: IngestFormat): void {
    this.received++;
    this.accepted++;
    this.byFormat.set(format, (this.byFormat.get(format) ?? 0) + 1);
  }

  reject(err: Malformed, transport: string, peer: string, line: string, now = Date.now()): void {
    this.received++;
    this.rejected++;
    this.byReason.set(err.reason, (this.byReason.get(err.reason) ?? 0) + 1);
    this.samples.push({ time_ms: now, transport, peer, reason: err.reason, detail: err.detail, line: line.length > SAMPLE_LINE_MAX ? line.slice(0, SAMPLE_LINE_MAX) : line });
    if (this.samples.length > this.maxSamples) this.samples.shift();
  }

  snapshot() {
    return {
      received: this.received,
      accepted: this.accepted,
      rejected: this.rejected,
      rejections: [...this.byReason].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
      accepted_by_format: [...this.byFormat].map(([reason, count]) => ({ reason, count })),
      samples: [...this.samples],
    };
  }
}
