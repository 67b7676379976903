// Original file: proto/watchfloor/inference/v1/inference.proto

import type { Camera as _watchfloor_inference_v1_Camera, Camera__Output as _watchfloor_inference_v1_Camera__Output } from '../../../watchfloor/inference/v1/Camera';
import type { DetectionBatch as _watchfloor_inference_v1_DetectionBatch, DetectionBatch__Output as _watchfloor_inference_v1_DetectionBatch__Output } from '../../../watchfloor/inference/v1/DetectionBatch';
import type { CamerasImported as _watchfloor_inference_v1_CamerasImported, CamerasImported__Output as _watchfloor_inference_v1_CamerasImported__Output } from '../../../watchfloor/inference/v1/CamerasImported';
import type { Sensor as _watchfloor_inference_v1_Sensor, Sensor__Output as _watchfloor_inference_v1_Sensor__Output } from '../../../watchfloor/inference/v1/Sensor';
import type { FloodForecast as _watchfloor_inference_v1_FloodForecast, FloodForecast__Output as _watchfloor_inference_v1_FloodForecast__Output } from '../../../watchfloor/inference/v1/FloodForecast';
import type { CongestionForecast as _watchfloor_inference_v1_CongestionForecast, CongestionForecast__Output as _watchfloor_inference_v1_CongestionForecast__Output } from '../../../watchfloor/inference/v1/CongestionForecast';
import type { Long } from '@grpc/proto-loader';

export interface InferenceEvent {
  'seq'?: (number | string | Long);
  'time_ms'?: (number | string | Long);
  'camera'?: (_watchfloor_inference_v1_Camera | null);
  'detections'?: (_watchfloor_inference_v1_DetectionBatch | null);
  'cameras_imported'?: (_watchfloor_inference_v1_CamerasImported | null);
  'sensor'?: (_watchfloor_inference_v1_Sensor | null);
  'flood_forecast'?: (_watchfloor_inference_v1_FloodForecast | null);
  'congestion_forecast'?: (_watchfloor_inference_v1_CongestionForecast | null);
  'change'?: "camera"|"detections"|"sensor"|"flood_forecast"|"congestion_forecast"|"cameras_imported";
}

export interface InferenceEvent__Output {
  'seq': (string);
  'time_ms': (string);
  'camera'?: (_watchfloor_inference_v1_Camera__Output | null);
  'detections'?: (_watchfloor_inference_v1_DetectionBatch__Output | null);
  'cameras_imported'?: (_watchfloor_inference_v1_CamerasImported__Output | null);
  'sensor'?: (_watchfloor_inference_v1_Sensor__Output | null);
  'flood_forecast'?: (_watchfloor_inference_v1_FloodForecast__Output | null);
  'congestion_forecast'?: (_watchfloor_inference_v1_CongestionForecast__Output | null);
  'change'?: "camera"|"detections"|"sensor"|"flood_forecast"|"congestion_forecast"|"cameras_imported";
}
