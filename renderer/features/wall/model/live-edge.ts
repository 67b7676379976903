// Keeping a live tile at the live edge: when to jump forward and what to trim. Pure.

/** Behind the newest buffered frame by more than this, the tile jumps. */
export const MAX_BEHIND_S = 2;
/** Where a jump lands, before the newest buffered frame. */
export const JUMP_TARGET_BEHIND_S = 0.3;
/** Buffer kept behind the playhead; older media is removed. */
export const KEEP_BEHIND_S = 6;
const TRIM_WHEN_BEHIND_S = 12;

export interface BufferView {
  currentTime: number;
  /** Buffered ranges as [start, end] seconds. */
  ranges: [number, number][];
}

export interface EdgeDecision {
  /** Seek here (live edge minus a little); null: keep playing. */
  seekTo: number | null;
  /** Remove [0, trimTo) from the buffer; null: nothing to trim. */
  trimTo: number | null;
  /** Seconds between the playhead and the newest buffered frame. */
  behindS: number;
}

export function liveEdgeDecision(view: BufferView): EdgeDecision {
  if (view.ranges.length === 0) return { seekTo: null, trimTo: null, behindS: 0 };
  const start = view.ranges[0][0];
  const end = view.ranges[view.ranges.length - 1][1];
  const behindS = Math.max(0, end - view.currentTime);
  // A playhead outside every range (stalled in a gap) also jumps.
  const inRange = view.ranges.some(([s, e]) => view.currentTime >= s && view.currentTime <= e + 0.1);
  const seekTo = behindS > MAX_BEHIND_S || (!inRange && end - start > JUMP_TARGET_BEHIND_S) ? Math.max(start, end - JUMP_TARGET_BEHIND_S) : null;
  const playhead = seekTo ?? view.currentTime;
  const trimTo = playhead - start > TRIM_WHEN_BEHIND_S ? playhead - KEEP_BEHIND_S : null;
  return { seekTo, trimTo, behindS };
}
