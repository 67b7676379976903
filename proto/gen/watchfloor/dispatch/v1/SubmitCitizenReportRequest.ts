// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { GeoPoint as _watchfloor_dispatch_v1_GeoPoint, GeoPoint__Output as _watchfloor_dispatch_v1_GeoPoint__Output } from '../../../watchfloor/dispatch/v1/GeoPoint';

export interface SubmitCitizenReportRequest {
  'request_id'?: (string);
  'type'?: (string);
  'location'?: (_watchfloor_dispatch_v1_GeoPoint | null);
  'description'?: (string);
  'reporter'?: (string);
  'priority'?: (number);
}

export interface SubmitCitizenReportRequest__Output {
  'request_id': (string);
  'type': (string);
  'location': (_watchfloor_dispatch_v1_GeoPoint__Output | null);
  'description': (string);
  'reporter': (string);
  'priority': (number);
}
