// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Long } from '@grpc/proto-loader';

export interface UnitReallocation {
  'unit_id'?: (string);
  'call_sign'?: (string);
  'from_incident_id'?: (string);
  'from_priority'?: (number);
  'to_incident_id'?: (string);
  'to_priority'?: (number);
  'actor'?: (string);
  'time_ms'?: (number | string | Long);
}

export interface UnitReallocation__Output {
  'unit_id': (string);
  'call_sign': (string);
  'from_incident_id': (string);
  'from_priority': (number);
  'to_incident_id': (string);
  'to_priority': (number);
  'actor': (string);
  'time_ms': (string);
}
