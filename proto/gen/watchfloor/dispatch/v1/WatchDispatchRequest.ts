// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Long } from '@grpc/proto-loader';

export interface WatchDispatchRequest {
  'after_seq'?: (number | string | Long);
}

export interface WatchDispatchRequest__Output {
  'after_seq': (string);
}
