// Original file: proto/watchfloor/inference/v1/inference.proto

import type { DetectionBatch as _watchfloor_inference_v1_DetectionBatch, DetectionBatch__Output as _watchfloor_inference_v1_DetectionBatch__Output } from '../../../watchfloor/inference/v1/DetectionBatch';

export interface ReportDetectionsRequest {
  'request_id'?: (string);
  'batch'?: (_watchfloor_inference_v1_DetectionBatch | null);
}

export interface ReportDetectionsRequest__Output {
  'request_id': (string);
  'batch': (_watchfloor_inference_v1_DetectionBatch__Output | null);
}
