// Original file: proto/watchfloor/siem/v1/siem.proto

import type { Long } from '@grpc/proto-loader';

export interface AlertNote {
  'time_ms'?: (number | string | Long);
  'author'?: (string);
  'text'?: (string);
}

export interface AlertNote__Output {
  'time_ms': (string);
  'author': (string);
  'text': (string);
}
