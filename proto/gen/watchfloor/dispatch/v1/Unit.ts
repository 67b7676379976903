// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { GeoPoint as _watchfloor_dispatch_v1_GeoPoint, GeoPoint__Output as _watchfloor_dispatch_v1_GeoPoint__Output } from '../../../watchfloor/dispatch/v1/GeoPoint';
import type { Long } from '@grpc/proto-loader';

export interface Unit {
  'id'?: (string);
  'call_sign'?: (string);
  'agency'?: (string);
  'kind'?: (string);
  'status'?: (string);
  'position'?: (_watchfloor_dispatch_v1_GeoPoint | null);
  'heading_deg'?: (number | string);
  'speed_kmh'?: (number | string);
  'incident_id'?: (string);
  'updated_ms'?: (number | string | Long);
  'version'?: (number);
  'route'?: (_watchfloor_dispatch_v1_GeoPoint)[];
  'route_eta_s'?: (number | string);
  'route_distance_m'?: (number | string);
  'route_estimate'?: (string);
  'route_computed_ms'?: (number | string | Long);
}

export interface Unit__Output {
  'id': (string);
  'call_sign': (string);
  'agency': (string);
  'kind': (string);
  'status': (string);
  'position': (_watchfloor_dispatch_v1_GeoPoint__Output | null);
  'heading_deg': (number);
  'speed_kmh': (number);
  'incident_id': (string);
  'updated_ms': (string);
  'version': (number);
  'route': (_watchfloor_dispatch_v1_GeoPoint__Output)[];
  'route_eta_s': (number);
  'route_distance_m': (number);
  'route_estimate': (string);
  'route_computed_ms': (string);
}
