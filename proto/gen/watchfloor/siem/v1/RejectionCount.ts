// Original file: proto/watchfloor/siem/v1/siem.proto

import type { Long } from '@grpc/proto-loader';

export interface RejectionCount {
  'reason'?: (string);
  'count'?: (number | string | Long);
}

export interface RejectionCount__Output {
  'reason': (string);
  'count': (string);
}
