// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Detection as _watchfloor_inference_v1_Detection, Detection__Output as _watchfloor_inference_v1_Detection__Output } from '../../../watchfloor/inference/v1/Detection';
import type { Long } from '@grpc/proto-loader';

export interface DetectionBatch {
  'camera_id'?: (string);
  'frame_ms'?: (number | string | Long);
  'detections'?: (_watchfloor_inference_v1_Detection)[];
}

export interface DetectionBatch__Output {
  'camera_id': (string);
  'frame_ms': (string);
  'detections': (_watchfloor_inference_v1_Detection__Output)[];
}
