// Original file: proto/watchfloor/inference/v1/inference.proto

import type { HorizonForecast as _watchfloor_inference_v1_HorizonForecast, HorizonForecast__Output as _watchfloor_inference_v1_HorizonForecast__Output } from '../../../watchfloor/inference/v1/HorizonForecast';
import type { Long } from '@grpc/proto-loader';

export interface FloodForecast {
  'ward'?: (string);
  'probability'?: (number | string);
  'risk'?: (string);
  'horizons'?: (_watchfloor_inference_v1_HorizonForecast)[];
  'sensor_id'?: (string);
  'alarm_cm'?: (number | string);
  'current_cm'?: (number | string);
  'model'?: (string);
  'holdout_rmse_cm'?: (number | string);
  'persistence_rmse_cm'?: (number | string);
  'issued_ms'?: (number | string | Long);
  'version'?: (number);
}

export interface FloodForecast__Output {
  'ward': (string);
  'probability': (number);
  'risk': (string);
  'horizons': (_watchfloor_inference_v1_HorizonForecast__Output)[];
  'sensor_id': (string);
  'alarm_cm': (number);
  'current_cm': (number);
  'model': (string);
  'holdout_rmse_cm': (number);
  'persistence_rmse_cm': (number);
  'issued_ms': (string);
  'version': (number);
}
