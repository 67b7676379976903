import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AnalyticsAlarm as _watchfloor_inference_v1_AnalyticsAlarm, AnalyticsAlarm__Output as _watchfloor_inference_v1_AnalyticsAlarm__Output } from './watchfloor/inference/v1/AnalyticsAlarm';
import type { Box as _watchfloor_inference_v1_Box, Box__Output as _watchfloor_inference_v1_Box__Output } from './watchfloor/inference/v1/Box';
import type { Camera as _watchfloor_inference_v1_Camera, Camera__Output as _watchfloor_inference_v1_Camera__Output } from './watchfloor/inference/v1/Camera';
import type { Density as _watchfloor_inference_v1_Density, Density__Output as _watchfloor_inference_v1_Density__Output } from './watchfloor/inference/v1/Density';
import type { Detection as _watchfloor_inference_v1_Detection, Detection__Output as _watchfloor_inference_v1_Detection__Output } from './watchfloor/inference/v1/Detection';
import type { DetectionBatch as _watchfloor_inference_v1_DetectionBatch, DetectionBatch__Output as _watchfloor_inference_v1_DetectionBatch__Output } from './watchfloor/inference/v1/DetectionBatch';
import type { FloodLevel as _watchfloor_inference_v1_FloodLevel, FloodLevel__Output as _watchfloor_inference_v1_FloodLevel__Output } from './watchfloor/inference/v1/FloodLevel';
import type { GeoPoint as _watchfloor_inference_v1_GeoPoint, GeoPoint__Output as _watchfloor_inference_v1_GeoPoint__Output } from './watchfloor/inference/v1/GeoPoint';
import type { InferenceEvent as _watchfloor_inference_v1_InferenceEvent, InferenceEvent__Output as _watchfloor_inference_v1_InferenceEvent__Output } from './watchfloor/inference/v1/InferenceEvent';
import type { InferenceServiceClient as _watchfloor_inference_v1_InferenceServiceClient, InferenceServiceDefinition as _watchfloor_inference_v1_InferenceServiceDefinition } from './watchfloor/inference/v1/InferenceService';
import type { LineCount as _watchfloor_inference_v1_LineCount, LineCount__Output as _watchfloor_inference_v1_LineCount__Output } from './watchfloor/inference/v1/LineCount';
import type { LineCrossing as _watchfloor_inference_v1_LineCrossing, LineCrossing__Output as _watchfloor_inference_v1_LineCrossing__Output } from './watchfloor/inference/v1/LineCrossing';
import type { ListCamerasRequest as _watchfloor_inference_v1_ListCamerasRequest, ListCamerasRequest__Output as _watchfloor_inference_v1_ListCamerasRequest__Output } from './watchfloor/inference/v1/ListCamerasRequest';
import type { ListCamerasResponse as _watchfloor_inference_v1_ListCamerasResponse, ListCamerasResponse__Output as _watchfloor_inference_v1_ListCamerasResponse__Output } from './watchfloor/inference/v1/ListCamerasResponse';
import type { ReportCameraStatusRequest as _watchfloor_inference_v1_ReportCameraStatusRequest, ReportCameraStatusRequest__Output as _watchfloor_inference_v1_ReportCameraStatusRequest__Output } from './watchfloor/inference/v1/ReportCameraStatusRequest';
import type { ReportCameraStatusResponse as _watchfloor_inference_v1_ReportCameraStatusResponse, ReportCameraStatusResponse__Output as _watchfloor_inference_v1_ReportCameraStatusResponse__Output } from './watchfloor/inference/v1/ReportCameraStatusResponse';
import type { ReportDetectionsRequest as _watchfloor_inference_v1_ReportDetectionsRequest, ReportDetectionsRequest__Output as _watchfloor_inference_v1_ReportDetectionsRequest__Output } from './watchfloor/inference/v1/ReportDetectionsRequest';
import type { ReportDetectionsResponse as _watchfloor_inference_v1_ReportDetectionsResponse, ReportDetectionsResponse__Output as _watchfloor_inference_v1_ReportDetectionsResponse__Output } from './watchfloor/inference/v1/ReportDetectionsResponse';
import type { WatchInferenceRequest as _watchfloor_inference_v1_WatchInferenceRequest, WatchInferenceRequest__Output as _watchfloor_inference_v1_WatchInferenceRequest__Output } from './watchfloor/inference/v1/WatchInferenceRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  watchfloor: {
    inference: {
      v1: {
        AnalyticsAlarm: MessageTypeDefinition<_watchfloor_inference_v1_AnalyticsAlarm, _watchfloor_inference_v1_AnalyticsAlarm__Output>
        Box: MessageTypeDefinition<_watchfloor_inference_v1_Box, _watchfloor_inference_v1_Box__Output>
        Camera: MessageTypeDefinition<_watchfloor_inference_v1_Camera, _watchfloor_inference_v1_Camera__Output>
        Density: MessageTypeDefinition<_watchfloor_inference_v1_Density, _watchfloor_inference_v1_Density__Output>
        Detection: MessageTypeDefinition<_watchfloor_inference_v1_Detection, _watchfloor_inference_v1_Detection__Output>
        DetectionBatch: MessageTypeDefinition<_watchfloor_inference_v1_DetectionBatch, _watchfloor_inference_v1_DetectionBatch__Output>
        FloodLevel: MessageTypeDefinition<_watchfloor_inference_v1_FloodLevel, _watchfloor_inference_v1_FloodLevel__Output>
        GeoPoint: MessageTypeDefinition<_watchfloor_inference_v1_GeoPoint, _watchfloor_inference_v1_GeoPoint__Output>
        InferenceEvent: MessageTypeDefinition<_watchfloor_inference_v1_InferenceEvent, _watchfloor_inference_v1_InferenceEvent__Output>
        InferenceService: SubtypeConstructor<typeof grpc.Client, _watchfloor_inference_v1_InferenceServiceClient> & { service: _watchfloor_inference_v1_InferenceServiceDefinition }
        LineCount: MessageTypeDefinition<_watchfloor_inference_v1_LineCount, _watchfloor_inference_v1_LineCount__Output>
        LineCrossing: MessageTypeDefinition<_watchfloor_inference_v1_LineCrossing, _watchfloor_inference_v1_LineCrossing__Output>
        ListCamerasRequest: MessageTypeDefinition<_watchfloor_inference_v1_ListCamerasRequest, _watchfloor_inference_v1_ListCamerasRequest__Output>
        ListCamerasResponse: MessageTypeDefinition<_watchfloor_inference_v1_ListCamerasResponse, _watchfloor_inference_v1_ListCamerasResponse__Output>
        ReportCameraStatusRequest: MessageTypeDefinition<_watchfloor_inference_v1_ReportCameraStatusRequest, _watchfloor_inference_v1_ReportCameraStatusRequest__Output>
        ReportCameraStatusResponse: MessageTypeDefinition<_watchfloor_inference_v1_ReportCameraStatusResponse, _watchfloor_inference_v1_ReportCameraStatusResponse__Output>
        ReportDetectionsRequest: MessageTypeDefinition<_watchfloor_inference_v1_ReportDetectionsRequest, _watchfloor_inference_v1_ReportDetectionsRequest__Output>
        ReportDetectionsResponse: MessageTypeDefinition<_watchfloor_inference_v1_ReportDetectionsResponse, _watchfloor_inference_v1_ReportDetectionsResponse__Output>
        WatchInferenceRequest: MessageTypeDefinition<_watchfloor_inference_v1_WatchInferenceRequest, _watchfloor_inference_v1_WatchInferenceRequest__Output>
      }
    }
  }
}

