// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Camera as _watchfloor_inference_v1_Camera, Camera__Output as _watchfloor_inference_v1_Camera__Output } from '../../../watchfloor/inference/v1/Camera';

export interface ReportCameraStatusResponse {
  'camera'?: (_watchfloor_inference_v1_Camera | null);
}

export interface ReportCameraStatusResponse__Output {
  'camera': (_watchfloor_inference_v1_Camera__Output | null);
}
