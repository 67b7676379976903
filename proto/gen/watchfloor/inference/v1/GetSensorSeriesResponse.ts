// Original file: proto/watchfloor/inference/v1/inference.proto

import type { SensorPoint as _watchfloor_inference_v1_SensorPoint, SensorPoint__Output as _watchfloor_inference_v1_SensorPoint__Output } from '../../../watchfloor/inference/v1/SensorPoint';

export interface GetSensorSeriesResponse {
  'points'?: (_watchfloor_inference_v1_SensorPoint)[];
}

export interface GetSensorSeriesResponse__Output {
  'points': (_watchfloor_inference_v1_SensorPoint__Output)[];
}
