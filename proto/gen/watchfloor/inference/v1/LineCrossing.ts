// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Long } from '@grpc/proto-loader';

export interface LineCrossing {
  'line_id'?: (string);
  'direction'?: (string);
  'track_id'?: (number);
  'cls'?: (string);
  'frame_ms'?: (number | string | Long);
}

export interface LineCrossing__Output {
  'line_id': (string);
  'direction': (string);
  'track_id': (number);
  'cls': (string);
  'frame_ms': (string);
}
