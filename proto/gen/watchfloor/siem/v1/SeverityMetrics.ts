// Original file: proto/watchfloor/siem/v1/soc.proto

import type { MeanTimes as _watchfloor_siem_v1_MeanTimes, MeanTimes__Output as _watchfloor_siem_v1_MeanTimes__Output } from '../../../watchfloor/siem/v1/MeanTimes';

export interface SeverityMetrics {
  'severity'?: (string);
  'times'?: (_watchfloor_siem_v1_MeanTimes | null);
  'open'?: (number);
}

export interface SeverityMetrics__Output {
  'severity': (string);
  'times': (_watchfloor_siem_v1_MeanTimes__Output | null);
  'open': (number);
}
