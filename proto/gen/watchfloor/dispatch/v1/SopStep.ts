// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Long } from '@grpc/proto-loader';

export interface SopStep {
  'id'?: (string);
  'title'?: (string);
  'title_en'?: (string);
  'required'?: (boolean);
  'action'?: (string);
  'action_param'?: (string);
  'done_by'?: (string);
  'done_ms'?: (number | string | Long);
}

export interface SopStep__Output {
  'id': (string);
  'title': (string);
  'title_en': (string);
  'required': (boolean);
  'action': (string);
  'action_param': (string);
  'done_by': (string);
  'done_ms': (string);
}
