// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Long } from '@grpc/proto-loader';

export interface IncidentNote {
  'id'?: (string);
  'text'?: (string);
  'author'?: (string);
  'time_ms'?: (number | string | Long);
}

export interface IncidentNote__Output {
  'id': (string);
  'text': (string);
  'author': (string);
  'time_ms': (string);
}
