// Original file: proto/watchfloor/siem/v1/soc.proto

import type { Long } from '@grpc/proto-loader';

export interface CaseTimelineEntry {
  'time_ms'?: (number | string | Long);
  'actor'?: (string);
  'change'?: (string);
  'detail'?: (string);
}

export interface CaseTimelineEntry__Output {
  'time_ms': (string);
  'actor': (string);
  'change': (string);
  'detail': (string);
}
