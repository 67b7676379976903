export const BACKOFF_MIN_MS = 500;
export const BACKOFF_MAX_MS = 5_000;

/** Reconnect delay after `failures` consecutive failed attempts: 0.5 s doubling up to 5 s. */
export function reconnectDelayMs(failures: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** Math.max(0, failures - 1));
}
