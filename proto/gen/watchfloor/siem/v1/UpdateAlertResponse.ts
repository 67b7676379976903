// Original file: proto/watchfloor/siem/v1/siem.proto

import type { Alert as _watchfloor_siem_v1_Alert, Alert__Output as _watchfloor_siem_v1_Alert__Output } from '../../../watchfloor/siem/v1/Alert';

export interface UpdateAlertResponse {
  'alert'?: (_watchfloor_siem_v1_Alert | null);
}

export interface UpdateAlertResponse__Output {
  'alert': (_watchfloor_siem_v1_Alert__Output | null);
}
