// Original file: proto/watchfloor/siem/v1/soc.proto

import type { Suppression as _watchfloor_siem_v1_Suppression, Suppression__Output as _watchfloor_siem_v1_Suppression__Output } from '../../../watchfloor/siem/v1/Suppression';

export interface ListSuppressionsResponse {
  'suppressions'?: (_watchfloor_siem_v1_Suppression)[];
}

export interface ListSuppressionsResponse__Output {
  'suppressions': (_watchfloor_siem_v1_Suppression__Output)[];
}
