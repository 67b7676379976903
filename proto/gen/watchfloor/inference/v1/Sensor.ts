// Original file: proto/watchfloor/inference/v1/inference.proto

import type { GeoPoint as _watchfloor_inference_v1_GeoPoint, GeoPoint__Output as _watchfloor_inference_v1_GeoPoint__Output } from '../../../watchfloor/inference/v1/GeoPoint';
import type { SensorThresholds as _watchfloor_inference_v1_SensorThresholds, SensorThresholds__Output as _watchfloor_inference_v1_SensorThresholds__Output } from '../../../watchfloor/inference/v1/SensorThresholds';
import type { SensorPoint as _watchfloor_inference_v1_SensorPoint, SensorPoint__Output as _watchfloor_inference_v1_SensorPoint__Output } from '../../../watchfloor/inference/v1/SensorPoint';
import type { Long } from '@grpc/proto-loader';

export interface Sensor {
  'id'?: (string);
  'name'?: (string);
  'kind'?: (string);
  'location'?: (_watchfloor_inference_v1_GeoPoint | null);
  'ward'?: (string);
  'unit'?: (string);
  'thresholds'?: (_watchfloor_inference_v1_SensorThresholds | null);
  'interval_s'?: (number);
  'status'?: (string);
  'last_value'?: (number | string);
  'last_reading_ms'?: (number | string | Long);
  'level'?: (string);
  'recent'?: (_watchfloor_inference_v1_SensorPoint)[];
  'updated_ms'?: (number | string | Long);
  'version'?: (number);
}

export interface Sensor__Output {
  'id': (string);
  'name': (string);
  'kind': (string);
  'location': (_watchfloor_inference_v1_GeoPoint__Output | null);
  'ward': (string);
  'unit': (string);
  'thresholds': (_watchfloor_inference_v1_SensorThresholds__Output | null);
  'interval_s': (number);
  'status': (string);
  'last_value': (number);
  'last_reading_ms': (string);
  'level': (string);
  'recent': (_watchfloor_inference_v1_SensorPoint__Output)[];
  'updated_ms': (string);
  'version': (number);
}
