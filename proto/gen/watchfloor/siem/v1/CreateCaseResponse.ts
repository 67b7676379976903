// Original file: proto/watchfloor/siem/v1/soc.proto

import type { Case as _watchfloor_siem_v1_Case, Case__Output as _watchfloor_siem_v1_Case__Output } from '../../../watchfloor/siem/v1/Case';

export interface CreateCaseResponse {
  'case'?: (_watchfloor_siem_v1_Case | null);
}

export interface CreateCaseResponse__Output {
  'case': (_watchfloor_siem_v1_Case__Output | null);
}
