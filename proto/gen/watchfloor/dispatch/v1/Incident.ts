// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { GeoPoint as _watchfloor_dispatch_v1_GeoPoint, GeoPoint__Output as _watchfloor_dispatch_v1_GeoPoint__Output } from '../../../watchfloor/dispatch/v1/GeoPoint';
import type { Long } from '@grpc/proto-loader';

export interface Incident {
  'id'?: (string);
  'type'?: (string);
  'priority'?: (number);
  'status'?: (string);
  'location'?: (_watchfloor_dispatch_v1_GeoPoint | null);
  'ward'?: (string);
  'description'?: (string);
  'source'?: (string);
  'created_ms'?: (number | string | Long);
  'updated_ms'?: (number | string | Long);
  'version'?: (number);
  'updated_by'?: (string);
  'assigned_unit_ids'?: (string)[];
}

export interface Incident__Output {
  'id': (string);
  'type': (string);
  'priority': (number);
  'status': (string);
  'location': (_watchfloor_dispatch_v1_GeoPoint__Output | null);
  'ward': (string);
  'description': (string);
  'source': (string);
  'created_ms': (string);
  'updated_ms': (string);
  'version': (number);
  'updated_by': (string);
  'assigned_unit_ids': (string)[];
}
