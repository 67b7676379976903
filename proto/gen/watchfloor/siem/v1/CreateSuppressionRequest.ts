// Original file: proto/watchfloor/siem/v1/soc.proto

import type { SuppressionMatch as _watchfloor_siem_v1_SuppressionMatch, SuppressionMatch__Output as _watchfloor_siem_v1_SuppressionMatch__Output } from '../../../watchfloor/siem/v1/SuppressionMatch';
import type { Long } from '@grpc/proto-loader';

export interface CreateSuppressionRequest {
  'request_id'?: (string);
  'match'?: (_watchfloor_siem_v1_SuppressionMatch | null);
  'reason'?: (string);
  'expires_ms'?: (number | string | Long);
  'actor'?: (string);
}

export interface CreateSuppressionRequest__Output {
  'request_id': (string);
  'match': (_watchfloor_siem_v1_SuppressionMatch__Output | null);
  'reason': (string);
  'expires_ms': (string);
  'actor': (string);
}
