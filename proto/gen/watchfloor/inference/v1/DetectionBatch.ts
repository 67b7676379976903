// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Detection as _watchfloor_inference_v1_Detection, Detection__Output as _watchfloor_inference_v1_Detection__Output } from '../../../watchfloor/inference/v1/Detection';
import type { LineCount as _watchfloor_inference_v1_LineCount, LineCount__Output as _watchfloor_inference_v1_LineCount__Output } from '../../../watchfloor/inference/v1/LineCount';
import type { LineCrossing as _watchfloor_inference_v1_LineCrossing, LineCrossing__Output as _watchfloor_inference_v1_LineCrossing__Output } from '../../../watchfloor/inference/v1/LineCrossing';
import type { AnalyticsAlarm as _watchfloor_inference_v1_AnalyticsAlarm, AnalyticsAlarm__Output as _watchfloor_inference_v1_AnalyticsAlarm__Output } from '../../../watchfloor/inference/v1/AnalyticsAlarm';
import type { Density as _watchfloor_inference_v1_Density, Density__Output as _watchfloor_inference_v1_Density__Output } from '../../../watchfloor/inference/v1/Density';
import type { FloodLevel as _watchfloor_inference_v1_FloodLevel, FloodLevel__Output as _watchfloor_inference_v1_FloodLevel__Output } from '../../../watchfloor/inference/v1/FloodLevel';
import type { Long } from '@grpc/proto-loader';

export interface DetectionBatch {
  'camera_id'?: (string);
  'frame_ms'?: (number | string | Long);
  'detections'?: (_watchfloor_inference_v1_Detection)[];
  'counts'?: (_watchfloor_inference_v1_LineCount)[];
  'crossings'?: (_watchfloor_inference_v1_LineCrossing)[];
  'alarms'?: (_watchfloor_inference_v1_AnalyticsAlarm)[];
  'density'?: (_watchfloor_inference_v1_Density | null);
  'floods'?: (_watchfloor_inference_v1_FloodLevel)[];
  'detector'?: (string);
  'analyser_started_ms'?: (number | string | Long);
}

export interface DetectionBatch__Output {
  'camera_id': (string);
  'frame_ms': (string);
  'detections': (_watchfloor_inference_v1_Detection__Output)[];
  'counts': (_watchfloor_inference_v1_LineCount__Output)[];
  'crossings': (_watchfloor_inference_v1_LineCrossing__Output)[];
  'alarms': (_watchfloor_inference_v1_AnalyticsAlarm__Output)[];
  'density': (_watchfloor_inference_v1_Density__Output | null);
  'floods': (_watchfloor_inference_v1_FloodLevel__Output)[];
  'detector': (string);
  'analyser_started_ms': (string);
}
