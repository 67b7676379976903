// Original file: proto/watchfloor/inference/v1/inference.proto

import type { CorridorHorizon as _watchfloor_inference_v1_CorridorHorizon, CorridorHorizon__Output as _watchfloor_inference_v1_CorridorHorizon__Output } from '../../../watchfloor/inference/v1/CorridorHorizon';
import type { GeoPoint as _watchfloor_inference_v1_GeoPoint, GeoPoint__Output as _watchfloor_inference_v1_GeoPoint__Output } from '../../../watchfloor/inference/v1/GeoPoint';
import type { Long } from '@grpc/proto-loader';

export interface CongestionForecast {
  'corridor_id'?: (string);
  'name'?: (string);
  'camera_ids'?: (string)[];
  'current_vehicles'?: (number | string);
  'current_level'?: (string);
  'horizons'?: (_watchfloor_inference_v1_CorridorHorizon)[];
  'samples'?: (number);
  'model'?: (string);
  'issued_ms'?: (number | string | Long);
  'version'?: (number);
  'center'?: (_watchfloor_inference_v1_GeoPoint | null);
}

export interface CongestionForecast__Output {
  'corridor_id': (string);
  'name': (string);
  'camera_ids': (string)[];
  'current_vehicles': (number);
  'current_level': (string);
  'horizons': (_watchfloor_inference_v1_CorridorHorizon__Output)[];
  'samples': (number);
  'model': (string);
  'issued_ms': (string);
  'version': (number);
  'center': (_watchfloor_inference_v1_GeoPoint__Output | null);
}
