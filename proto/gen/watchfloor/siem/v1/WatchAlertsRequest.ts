// Original file: proto/watchfloor/siem/v1/siem.proto

import type { Long } from '@grpc/proto-loader';

export interface WatchAlertsRequest {
  'after_seq'?: (number | string | Long);
}

export interface WatchAlertsRequest__Output {
  'after_seq': (string);
}
