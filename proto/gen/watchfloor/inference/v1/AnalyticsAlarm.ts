// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Box as _watchfloor_inference_v1_Box, Box__Output as _watchfloor_inference_v1_Box__Output } from '../../../watchfloor/inference/v1/Box';

export interface AnalyticsAlarm {
  'kind'?: (string);
  'zone_id'?: (string);
  'track_id'?: (number);
  'cls'?: (string);
  'severity'?: (string);
  'message'?: (string);
  'box'?: (_watchfloor_inference_v1_Box | null);
}

export interface AnalyticsAlarm__Output {
  'kind': (string);
  'zone_id': (string);
  'track_id': (number);
  'cls': (string);
  'severity': (string);
  'message': (string);
  'box': (_watchfloor_inference_v1_Box__Output | null);
}
