// Original file: proto/watchfloor/inference/v1/inference.proto

import type { GeoBox as _watchfloor_inference_v1_GeoBox, GeoBox__Output as _watchfloor_inference_v1_GeoBox__Output } from '../../../watchfloor/inference/v1/GeoBox';

export interface SearchCamerasRequest {
  'text'?: (string);
  'bbox'?: (_watchfloor_inference_v1_GeoBox | null);
  'kind'?: (string);
  'status'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}

export interface SearchCamerasRequest__Output {
  'text': (string);
  'bbox': (_watchfloor_inference_v1_GeoBox__Output | null);
  'kind': (string);
  'status': (string);
  'page_size': (number);
  'page_token': (string);
}
