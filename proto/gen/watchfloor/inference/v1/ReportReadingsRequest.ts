// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Reading as _watchfloor_inference_v1_Reading, Reading__Output as _watchfloor_inference_v1_Reading__Output } from '../../../watchfloor/inference/v1/Reading';

export interface ReportReadingsRequest {
  'request_id'?: (string);
  'readings'?: (_watchfloor_inference_v1_Reading)[];
}

export interface ReportReadingsRequest__Output {
  'request_id': (string);
  'readings': (_watchfloor_inference_v1_Reading__Output)[];
}
