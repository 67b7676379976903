// Original file: proto/watchfloor/inference/v1/inference.proto

import type { GeoPoint as _watchfloor_inference_v1_GeoPoint, GeoPoint__Output as _watchfloor_inference_v1_GeoPoint__Output } from '../../../watchfloor/inference/v1/GeoPoint';

export interface NearestCamerasRequest {
  'point'?: (_watchfloor_inference_v1_GeoPoint | null);
  'k'?: (number);
  'max_distance_m'?: (number | string);
  'kind'?: (string);
  'status'?: (string);
}

export interface NearestCamerasRequest__Output {
  'point': (_watchfloor_inference_v1_GeoPoint__Output | null);
  'k': (number);
  'max_distance_m': (number);
  'kind': (string);
  'status': (string);
}
