// Original file: proto/watchfloor/inference/v1/inference.proto

import type { CameraAtDistance as _watchfloor_inference_v1_CameraAtDistance, CameraAtDistance__Output as _watchfloor_inference_v1_CameraAtDistance__Output } from '../../../watchfloor/inference/v1/CameraAtDistance';

export interface NearestCamerasResponse {
  'cameras'?: (_watchfloor_inference_v1_CameraAtDistance)[];
}

export interface NearestCamerasResponse__Output {
  'cameras': (_watchfloor_inference_v1_CameraAtDistance__Output)[];
}
