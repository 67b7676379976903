// Original file: proto/watchfloor/siem/v1/soc.proto

import type { SuppressionMatch as _watchfloor_siem_v1_SuppressionMatch, SuppressionMatch__Output as _watchfloor_siem_v1_SuppressionMatch__Output } from '../../../watchfloor/siem/v1/SuppressionMatch';

export interface PreviewSuppressionRequest {
  'match'?: (_watchfloor_siem_v1_SuppressionMatch | null);
  'hours'?: (number);
}

export interface PreviewSuppressionRequest__Output {
  'match': (_watchfloor_siem_v1_SuppressionMatch__Output | null);
  'hours': (number);
}
