// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Long } from '@grpc/proto-loader';

export interface TimelineEntry {
  'seq'?: (number | string | Long);
  'time_ms'?: (number | string | Long);
  'actor'?: (string);
  'change'?: (string);
  'detail'?: (string);
  'version'?: (number);
}

export interface TimelineEntry__Output {
  'seq': (string);
  'time_ms': (string);
  'actor': (string);
  'change': (string);
  'detail': (string);
  'version': (number);
}
