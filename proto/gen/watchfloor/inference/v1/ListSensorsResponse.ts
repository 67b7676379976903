// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Sensor as _watchfloor_inference_v1_Sensor, Sensor__Output as _watchfloor_inference_v1_Sensor__Output } from '../../../watchfloor/inference/v1/Sensor';
import type { Long } from '@grpc/proto-loader';

export interface ListSensorsResponse {
  'sensors'?: (_watchfloor_inference_v1_Sensor)[];
  'last_seq'?: (number | string | Long);
}

export interface ListSensorsResponse__Output {
  'sensors': (_watchfloor_inference_v1_Sensor__Output)[];
  'last_seq': (string);
}
