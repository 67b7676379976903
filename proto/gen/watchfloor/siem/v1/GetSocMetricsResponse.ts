// Original file: proto/watchfloor/siem/v1/soc.proto

import type { MeanTimes as _watchfloor_siem_v1_MeanTimes, MeanTimes__Output as _watchfloor_siem_v1_MeanTimes__Output } from '../../../watchfloor/siem/v1/MeanTimes';
import type { SeverityMetrics as _watchfloor_siem_v1_SeverityMetrics, SeverityMetrics__Output as _watchfloor_siem_v1_SeverityMetrics__Output } from '../../../watchfloor/siem/v1/SeverityMetrics';
import type { DayMetrics as _watchfloor_siem_v1_DayMetrics, DayMetrics__Output as _watchfloor_siem_v1_DayMetrics__Output } from '../../../watchfloor/siem/v1/DayMetrics';
import type { RuleMetrics as _watchfloor_siem_v1_RuleMetrics, RuleMetrics__Output as _watchfloor_siem_v1_RuleMetrics__Output } from '../../../watchfloor/siem/v1/RuleMetrics';
import type { LoadedRule as _watchfloor_siem_v1_LoadedRule, LoadedRule__Output as _watchfloor_siem_v1_LoadedRule__Output } from '../../../watchfloor/siem/v1/LoadedRule';
import type { Long } from '@grpc/proto-loader';

export interface GetSocMetricsResponse {
  'since_ms'?: (number | string | Long);
  'overall'?: (_watchfloor_siem_v1_MeanTimes | null);
  'by_severity'?: (_watchfloor_siem_v1_SeverityMetrics)[];
  'by_day'?: (_watchfloor_siem_v1_DayMetrics)[];
  'by_rule'?: (_watchfloor_siem_v1_RuleMetrics)[];
  'rules'?: (_watchfloor_siem_v1_LoadedRule)[];
}

export interface GetSocMetricsResponse__Output {
  'since_ms': (string);
  'overall': (_watchfloor_siem_v1_MeanTimes__Output | null);
  'by_severity': (_watchfloor_siem_v1_SeverityMetrics__Output)[];
  'by_day': (_watchfloor_siem_v1_DayMetrics__Output)[];
  'by_rule': (_watchfloor_siem_v1_RuleMetrics__Output)[];
  'rules': (_watchfloor_siem_v1_LoadedRule__Output)[];
}
