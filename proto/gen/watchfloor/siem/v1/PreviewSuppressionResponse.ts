// Original file: proto/watchfloor/siem/v1/soc.proto

import type { Long } from '@grpc/proto-loader';

export interface PreviewSuppressionResponse {
  'alerts'?: (number);
  'events'?: (number | string | Long);
  'rules'?: (number);
  'rule_ids'?: (string)[];
  'since_ms'?: (number | string | Long);
}

export interface PreviewSuppressionResponse__Output {
  'alerts': (number);
  'events': (string);
  'rules': (number);
  'rule_ids': (string)[];
  'since_ms': (string);
}
