// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Long } from '@grpc/proto-loader';

export interface WatchInferenceRequest {
  'after_seq'?: (number | string | Long);
}

export interface WatchInferenceRequest__Output {
  'after_seq': (string);
}
