// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { GeoPoint as _watchfloor_dispatch_v1_GeoPoint, GeoPoint__Output as _watchfloor_dispatch_v1_GeoPoint__Output } from '../../../watchfloor/dispatch/v1/GeoPoint';

export interface ReportUnitPositionRequest {
  'request_id'?: (string);
  'unit_id'?: (string);
  'position'?: (_watchfloor_dispatch_v1_GeoPoint | null);
  'heading_deg'?: (number | string);
  'speed_kmh'?: (number | string);
}

export interface ReportUnitPositionRequest__Output {
  'request_id': (string);
  'unit_id': (string);
  'position': (_watchfloor_dispatch_v1_GeoPoint__Output | null);
  'heading_deg': (number);
  'speed_kmh': (number);
}
