// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Camera as _watchfloor_inference_v1_Camera, Camera__Output as _watchfloor_inference_v1_Camera__Output } from '../../../watchfloor/inference/v1/Camera';
import type { Long } from '@grpc/proto-loader';

export interface ListCamerasResponse {
  'cameras'?: (_watchfloor_inference_v1_Camera)[];
  'last_seq'?: (number | string | Long);
}

export interface ListCamerasResponse__Output {
  'cameras': (_watchfloor_inference_v1_Camera__Output)[];
  'last_seq': (string);
}
