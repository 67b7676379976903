// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Long } from '@grpc/proto-loader';

export interface GetSensorSeriesRequest {
  'sensor_id'?: (string);
  'from_ms'?: (number | string | Long);
  'to_ms'?: (number | string | Long);
}

export interface GetSensorSeriesRequest__Output {
  'sensor_id': (string);
  'from_ms': (string);
  'to_ms': (string);
}
