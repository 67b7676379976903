/** Exponential backoff with full jitter in [base/2, cap]: attempt 0 → ~base, doubling up to cap. */
export function backoffDelay(attempt: number, baseMs = 250, capMs = 5000, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
