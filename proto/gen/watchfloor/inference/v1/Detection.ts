// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Box as _watchfloor_inference_v1_Box, Box__Output as _watchfloor_inference_v1_Box__Output } from '../../../watchfloor/inference/v1/Box';

export interface Detection {
  'cls'?: (string);
  'confidence'?: (number | string);
  'box'?: (_watchfloor_inference_v1_Box | null);
  'track_id'?: (number);
}

export interface Detection__Output {
  'cls': (string);
  'confidence': (number);
  'box': (_watchfloor_inference_v1_Box__Output | null);
  'track_id': (number);
}
