// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Camera as _watchfloor_inference_v1_Camera, Camera__Output as _watchfloor_inference_v1_Camera__Output } from '../../../watchfloor/inference/v1/Camera';

export interface CameraAtDistance {
  'camera'?: (_watchfloor_inference_v1_Camera | null);
  'distance_m'?: (number | string);
}

export interface CameraAtDistance__Output {
  'camera': (_watchfloor_inference_v1_Camera__Output | null);
  'distance_m': (number);
}
