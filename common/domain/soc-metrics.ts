import type { Severity } from './alert';

/** Mean times in ms over the alerts that have them; *N says how many. */
export interface MeanTimes {
  alerts: number;
  mttdMs: number;
  mttdN: number;
  mttaMs: number;
  mttaN: number;
  mttrMs: number;
  mttrN: number;
}

export interface RuleNoise {
  ruleId: string;
  title: string;
  alerts: number;
  events: number;
  closed: number;
  truePositive: number;
  falsePositive: number;
  benign: number;
  /** False positives over alerts with a disposition (0 to 1). */
  noise: number;
}

export interface SocMetrics {
  sinceMs: number;
  overall: MeanTimes;
  bySeverity: { severity: Severity; times: MeanTimes; open: number }[];
  /** Hanoi calendar days, oldest first. */
  byDay: { day: string; times: MeanTimes }[];
  byRule: RuleNoise[];
  /** Every rule the engine runs (absent from engines older than the ATT&CK matrix). */
  rules?: LoadedRule[];
}

export interface LoadedRule {
  ruleId: string;
  title: string;
  severity: Severity;
  /** attack.credential_access, attack.t1110, ... */
  tags: string[];
}

export interface GetSocMetricsArgs {
  /** 1 to 90 Hanoi days, today included; default 7. */
  days?: number;
}
