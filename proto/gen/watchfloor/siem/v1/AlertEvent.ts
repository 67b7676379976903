// Original file: proto/watchfloor/siem/v1/siem.proto

import type { Alert as _watchfloor_siem_v1_Alert, Alert__Output as _watchfloor_siem_v1_Alert__Output } from '../../../watchfloor/siem/v1/Alert';
import type { Long } from '@grpc/proto-loader';

export interface AlertEvent {
  'seq'?: (number | string | Long);
  'time_ms'?: (number | string | Long);
  'alert'?: (_watchfloor_siem_v1_Alert | null);
}

export interface AlertEvent__Output {
  'seq': (string);
  'time_ms': (string);
  'alert': (_watchfloor_siem_v1_Alert__Output | null);
}
