// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Long } from '@grpc/proto-loader';

export interface WardNotification {
  'ward'?: (string);
  'step_id'?: (string);
  'message'?: (string);
  'sent_by'?: (string);
  'sent_ms'?: (number | string | Long);
}

export interface WardNotification__Output {
  'ward': (string);
  'step_id': (string);
  'message': (string);
  'sent_by': (string);
  'sent_ms': (string);
}
