// Original file: proto/watchfloor/siem/v1/siem.proto

import type { Alert as _watchfloor_siem_v1_Alert, Alert__Output as _watchfloor_siem_v1_Alert__Output } from '../../../watchfloor/siem/v1/Alert';
import type { Long } from '@grpc/proto-loader';

export interface ListAlertsResponse {
  'alerts'?: (_watchfloor_siem_v1_Alert)[];
  'last_seq'?: (number | string | Long);
}

export interface ListAlertsResponse__Output {
  'alerts': (_watchfloor_siem_v1_Alert__Output)[];
  'last_seq': (string);
}
