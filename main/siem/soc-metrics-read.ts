import type { Severity } from '../../common/domain/alert';
import type { GetSocMetricsArgs, MeanTimes, SocMetrics } from '../../common/domain/soc-metrics';
import { invalid, ok, type Result } from '../../common/result';
import type { GetSocMetricsResponse__Output } from '../../proto/gen/watchfloor/siem/v1/GetSocMetricsResponse';
import type { MeanTimes__Output } from '../../proto/gen/watchfloor/siem/v1/MeanTimes';

const times = (t: MeanTimes__Output | null): MeanTimes => ({
  alerts: t?.alerts ?? 0,
  mttdMs: t?.mttd_ms ?? 0,
  mttdN: t?.mttd_n ?? 0,
  mttaMs: t?.mtta_ms ?? 0,
  mttaN: t?.mtta_n ?? 0,
  mttrMs: t?.mttr_ms ?? 0,
  mttrN: t?.mttr_n ?? 0,
});

export function socMetricsFromWire(r: GetSocMetricsResponse__Output): SocMetrics {
  return {
    sinceMs: Number(r.since_ms),
    overall: times(r.overall),
    bySeverity: r.by_severity.map((s) => ({ severity: s.severity as Severity, times: times(s.times), open: s.open })),
    byDay: r.by_day.map((d) => ({ day: d.day, times: times(d.times) })),
    byRule: r.by_rule.map((x) => ({
      ruleId: x.rule_id,
      title: x.title,
      alerts: x.alerts,
      events: Number(x.events),
      closed: x.closed,
      truePositive: x.true_positive,
      falsePositive: x.false_positive,
      benign: x.benign,
      noise: x.noise,
    })),
    rules: (r.rules ?? []).map((x) => ({ ruleId: x.rule_id, title: x.title, severity: x.severity as Severity, tags: [...x.tags] })),
  };
}

export function validateSocMetricsArgs(input: unknown): Result<Required<GetSocMetricsArgs>> {
  const days = (input as GetSocMetricsArgs | null)?.days;
  if (days === undefined) return ok({ days: 7 });
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 90) return invalid('days', `days must be a whole number from 1 to 90, got ${JSON.stringify(days)}`);
  return ok({ days });
}
