import type { SocMetrics } from '../../../../common/domain/soc-metrics';

/** "45 s", "12 min", "3 h 05" for a mean time; "–" when nothing was measured. */
export function formatMean(ms: number, n: number): string {
  if (n === 0) return '–';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')}`;
}

/** Today's figures (the last day in the window) and the noisiest rule, if any rule had a false positive. */
export function metricsSummary(m: SocMetrics) {
  const today = m.byDay.at(-1)?.times;
  const judged = m.byRule.filter((r) => r.falsePositive > 0);
  const noisiest = judged.sort((a, b) => b.noise - a.noise || b.alerts - a.alerts)[0];
  const open = Object.fromEntries(m.bySeverity.map((s) => [s.severity, s.open])) as Record<string, number>;
  return { today, noisiest, open };
}
