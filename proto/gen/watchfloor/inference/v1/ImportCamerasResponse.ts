// Original file: proto/watchfloor/inference/v1/inference.proto

import type { ImportRowError as _watchfloor_inference_v1_ImportRowError, ImportRowError__Output as _watchfloor_inference_v1_ImportRowError__Output } from '../../../watchfloor/inference/v1/ImportRowError';

export interface ImportCamerasResponse {
  'state'?: (string);
  'rows'?: (number);
  'created'?: (number);
  'updated'?: (number);
  'errors'?: (_watchfloor_inference_v1_ImportRowError)[];
  'error_count'?: (number);
}

export interface ImportCamerasResponse__Output {
  'state': (string);
  'rows': (number);
  'created': (number);
  'updated': (number);
  'errors': (_watchfloor_inference_v1_ImportRowError__Output)[];
  'error_count': (number);
}
