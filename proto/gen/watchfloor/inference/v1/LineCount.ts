// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Long } from '@grpc/proto-loader';

export interface LineCount {
  'line_id'?: (string);
  'direction'?: (string);
  'count'?: (number | string | Long);
}

export interface LineCount__Output {
  'line_id': (string);
  'direction': (string);
  'count': (string);
}
