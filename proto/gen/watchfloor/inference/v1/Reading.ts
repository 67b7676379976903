// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Long } from '@grpc/proto-loader';

export interface Reading {
  'sensor_id'?: (string);
  'time_ms'?: (number | string | Long);
  'value'?: (number | string);
  'unit'?: (string);
}

export interface Reading__Output {
  'sensor_id': (string);
  'time_ms': (string);
  'value': (number);
  'unit': (string);
}
