// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { GeoPoint as _watchfloor_dispatch_v1_GeoPoint, GeoPoint__Output as _watchfloor_dispatch_v1_GeoPoint__Output } from '../../../watchfloor/dispatch/v1/GeoPoint';

export interface CreateIncidentRequest {
  'request_id'?: (string);
  'type'?: (string);
  'priority'?: (number);
  'location'?: (_watchfloor_dispatch_v1_GeoPoint | null);
  'description'?: (string);
  'source'?: (string);
  'actor'?: (string);
}

export interface CreateIncidentRequest__Output {
  'request_id': (string);
  'type': (string);
  'priority': (number);
  'location': (_watchfloor_dispatch_v1_GeoPoint__Output | null);
  'description': (string);
  'source': (string);
  'actor': (string);
}
