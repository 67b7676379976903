// Original file: proto/watchfloor/siem/v1/siem.proto

import type { Long } from '@grpc/proto-loader';

export interface MalformedSample {
  'time_ms'?: (number | string | Long);
  'transport'?: (string);
  'peer'?: (string);
  'reason'?: (string);
  'detail'?: (string);
  'line'?: (string);
}

export interface MalformedSample__Output {
  'time_ms': (string);
  'transport': (string);
  'peer': (string);
  'reason': (string);
  'detail': (string);
  'line': (string);
}
