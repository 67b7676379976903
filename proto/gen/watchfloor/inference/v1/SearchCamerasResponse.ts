// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Camera as _watchfloor_inference_v1_Camera, Camera__Output as _watchfloor_inference_v1_Camera__Output } from '../../../watchfloor/inference/v1/Camera';

export interface SearchCamerasResponse {
  'cameras'?: (_watchfloor_inference_v1_Camera)[];
  'next_page_token'?: (string);
  'total'?: (number);
  'total_capped'?: (boolean);
}

export interface SearchCamerasResponse__Output {
  'cameras': (_watchfloor_inference_v1_Camera__Output)[];
  'next_page_token': (string);
  'total': (number);
  'total_capped': (boolean);
}
