// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Long } from '@grpc/proto-loader';

export interface SensorPoint {
  'time_ms'?: (number | string | Long);
  'value'?: (number | string);
}

export interface SensorPoint__Output {
  'time_ms': (string);
  'value': (number);
}
