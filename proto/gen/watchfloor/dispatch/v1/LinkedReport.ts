// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { GeoPoint as _watchfloor_dispatch_v1_GeoPoint, GeoPoint__Output as _watchfloor_dispatch_v1_GeoPoint__Output } from '../../../watchfloor/dispatch/v1/GeoPoint';
import type { Long } from '@grpc/proto-loader';

export interface LinkedReport {
  'report_id'?: (string);
  'description'?: (string);
  'location'?: (_watchfloor_dispatch_v1_GeoPoint | null);
  'received_ms'?: (number | string | Long);
  'distance_m'?: (number | string);
  'reporter'?: (string);
}

export interface LinkedReport__Output {
  'report_id': (string);
  'description': (string);
  'location': (_watchfloor_dispatch_v1_GeoPoint__Output | null);
  'received_ms': (string);
  'distance_m': (number);
  'reporter': (string);
}
