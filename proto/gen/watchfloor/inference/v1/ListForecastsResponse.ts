// Original file: proto/watchfloor/inference/v1/inference.proto

import type { FloodForecast as _watchfloor_inference_v1_FloodForecast, FloodForecast__Output as _watchfloor_inference_v1_FloodForecast__Output } from '../../../watchfloor/inference/v1/FloodForecast';
import type { CongestionForecast as _watchfloor_inference_v1_CongestionForecast, CongestionForecast__Output as _watchfloor_inference_v1_CongestionForecast__Output } from '../../../watchfloor/inference/v1/CongestionForecast';
import type { Long } from '@grpc/proto-loader';

export interface ListForecastsResponse {
  'flood'?: (_watchfloor_inference_v1_FloodForecast)[];
  'congestion'?: (_watchfloor_inference_v1_CongestionForecast)[];
  'last_seq'?: (number | string | Long);
}

export interface ListForecastsResponse__Output {
  'flood': (_watchfloor_inference_v1_FloodForecast__Output)[];
  'congestion': (_watchfloor_inference_v1_CongestionForecast__Output)[];
  'last_seq': (string);
}
