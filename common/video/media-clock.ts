// Time sync between video and detections. Pure.
//
// Detections carry frame_ms: the wall-clock time (ms since epoch) the camera produced the frame. The
// player only knows the media time (video.currentTime, seconds: the fMP4 decode time / timescale). main
// learns the mapping from the fragments it receives (MediaClock), sends the offset with the stream's
// state, and the overlay draws the batch whose frame time matches the displayed frame
// (batchForFrame).

/** Fragments seen before an estimate is trusted, and how many the minimum is taken over. */
const WINDOW = 50;

export interface ClockSample {
  /** tfdt of the fragment in seconds (media time of its first frame). */
  mediaS: number;
  /** When main received the whole fragment, ms since epoch. */
  receivedMs: number;
}

/**
 * Estimates wallMs = mediaS * 1000 + offsetMs for one ffmpeg run. A fragment leaves ffmpeg after
 * its last frame was produced, so its first frame was produced about one fragment duration before
 * it arrived; transport and encoding only add delay, so the smallest offset over recent fragments
 * is the best estimate (as NTP takes the least-delayed sample).
 */
export class MediaClock {
  private samples: number[] = [];
  private lastMediaS: number | null = null;
  private lastDurationS = 0;

  /** Returns the offset after this fragment (ms), or null before the first duration is known. */
  observe(s: ClockSample): number | null {
    if (this.lastMediaS !== null && s.mediaS > this.lastMediaS) this.lastDurationS = s.mediaS - this.lastMediaS;
    else if (this.lastMediaS !== null && s.mediaS < this.lastMediaS) this.reset();
    this.lastMediaS = s.mediaS;
    if (this.lastDurationS <= 0) return null;
    const offset = s.receivedMs - this.lastDurationS * 1000 - s.mediaS * 1000;
    this.samples.push(offset);
    if (this.samples.length > WINDOW) this.samples.shift();
    return this.offsetMs;
  }

  get offsetMs(): number | null {
    if (this.samples.length === 0) return null;
    let min = Infinity;
    for (const v of this.samples) if (v < min) min = v;
    return Math.round(min);
  }

  /** A new ffmpeg run (new init segment) starts its media time again. */
  reset(): void {
    this.samples = [];
    this.lastMediaS = null;
    this.lastDurationS = 0;
  }
}

export interface TimedBatch {
  frameMs: number;
}

/** Detections older than the displayed frame by more than this are not drawn (about 5 frames at 25 fps). */
export const OVERLAY_TOLERANCE_MS = 200;

/** A batch stamped up to half a frame (25 fps) after the displayed frame still belongs to it. */
export const OVERLAY_AHEAD_MS = 20;

/**
 * The batch to draw over the frame shown at frameMs: the latest batch not after the frame (plus half a
 * frame for clock error), if it is recent enough. `batches` are sorted by frameMs.
 */
export function batchForFrame<T extends TimedBatch>(batches: readonly T[], frameMs: number, toleranceMs = OVERLAY_TOLERANCE_MS, aheadMs = OVERLAY_AHEAD_MS): T | null {
  let lo = 0;
  let hi = batches.length;
  const limit = frameMs + aheadMs;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (batches[mid].frameMs <= limit) lo = mid + 1;
    else hi = mid;
  }
  const candidate = batches[lo - 1];
  if (!candidate || frameMs - candidate.frameMs > toleranceMs) return null;
  return candidate;
}

/** Inserts keeping frameMs order and drops what is older than keepMs behind the newest. */
export function insertBatch<T extends TimedBatch>(batches: T[], batch: T, keepMs: number): T[] {
  let i = batches.length;
  while (i > 0 && batches[i - 1].frameMs > batch.frameMs) i--;
  if (i > 0 && batches[i - 1].frameMs === batch.frameMs) batches[i - 1] = batch;
  else batches.splice(i, 0, batch);
  const newest = batches[batches.length - 1].frameMs;
  let drop = 0;
  while (drop < batches.length && newest - batches[drop].frameMs > keepMs) drop++;
  if (drop) batches.splice(0, drop);
  return batches;
}
