import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AnalyticsAlarm as _watchfloor_inference_v1_AnalyticsAlarm, AnalyticsAlarm__Output as _watchfloor_inference_v1_AnalyticsAlarm__Output } from './watchfloor/inference/v1/AnalyticsAlarm';
import type { Box as _watchfloor_inference_v1_Box, Box__Output as _watchfloor_inference_v1_Box__Output } from './watchfloor/inference/v1/Box';
import type { Camera as _watchfloor_inference_v1_Camera, Camera__Output as _watchfloor_inference_v1_Camera__Output } from './watchfloor/inference/v1/Camera';
import type { CameraAtDistance as _watchfloor_inference_v1_CameraAtDistance, CameraAtDistance__Output as _watchfloor_inference_v1_CameraAtDistance__Output } from './watchfloor/inference/v1/CameraAtDistance';
import type { CamerasImported as _watchfloor_inference_v1_CamerasImported, CamerasImported__Output as _watchfloor_inference_v1_CamerasImported__Output } from './watchfloor/inference/v1/CamerasImported';
import type { CongestionForecast as _watchfloor_inference_v1_CongestionForecast, CongestionForecast__Output as _watchfloor_inference_v1_CongestionForecast__Output } from './watchfloor/inference/v1/CongestionForecast';
import type { CorridorHorizon as _watchfloor_inference_v1_CorridorHorizon, CorridorHorizon__Output as _watchfloor_inference_v1_CorridorHorizon__Output } from './watchfloor/inference/v1/CorridorHorizon';
import type { Density as _watchfloor_inference_v1_Density, Density__Output as _watchfloor_inference_v1_Density__Output } from './watchfloor/inference/v1/Density';
import type { Detection as _watchfloor_inference_v1_Detection, Detection__Output as _watchfloor_inference_v1_Detection__Output } from './watchfloor/inference/v1/Detection';
import type { DetectionBatch as _watchfloor_inference_v1_DetectionBatch, DetectionBatch__Output as _watchfloor_inference_v1_DetectionBatch__Output } from './watchfloor/inference/v1/DetectionBatch';
import type { FloodForecast as _watchfloor_inference_v1_FloodForecast, FloodForecast__Output as _watchfloor_inference_v1_FloodForecast__Output } from './watchfloor/inference/v1/FloodForecast';
import type { FloodLevel as _watchfloor_inference_v1_FloodLevel, FloodLevel__Output as _watchfloor_inference_v1_FloodLevel__Output } from './watchfloor/inference/v1/FloodLevel';
import type { GeoBox as _watchfloor_inference_v1_GeoBox, GeoBox__Output as _watchfloor_inference_v1_GeoBox__Output } from './watchfloor/inference/v1/GeoBox';
import type { GeoPoint as _watchfloor_inference_v1_GeoPoint, GeoPoint__Output as _watchfloor_inference_v1_GeoPoint__Output } from './watchfloor/inference/v1/GeoPoint';
import type { GetSensorSeriesRequest as _watchfloor_inference_v1_GetSensorSeriesRequest, GetSensorSeriesRequest__Output as _watchfloor_inference_v1_GetSensorSeriesRequest__Output } from './watchfloor/inference/v1/GetSensorSeriesRequest';
import type { GetSensorSeriesResponse as _watchfloor_inference_v1_GetSensorSeriesResponse, GetSensorSeriesResponse__Output as _watchfloor_inference_v1_GetSensorSeriesResponse__Output } from './watchfloor/inference/v1/GetSensorSeriesResponse';
import type { HorizonForecast as _watchfloor_inference_v1_HorizonForecast, HorizonForecast__Output as _watchfloor_inference_v1_HorizonForecast__Output } from './watchfloor/inference/v1/HorizonForecast';
import type { ImportCamerasChunk as _watchfloor_inference_v1_ImportCamerasChunk, ImportCamerasChunk__Output as _watchfloor_inference_v1_ImportCamerasChunk__Output } from './watchfloor/inference/v1/ImportCamerasChunk';
import type { ImportCamerasResponse as _watchfloor_inference_v1_ImportCamerasResponse, ImportCamerasResponse__Output as _watchfloor_inference_v1_ImportCamerasResponse__Output } from './watchfloor/inference/v1/ImportCamerasResponse';
import type { ImportRowError as _watchfloor_inference_v1_ImportRowError, ImportRowError__Output as _watchfloor_inference_v1_ImportRowError__Output } from './watchfloor/inference/v1/ImportRowError';
import type { InferenceEvent as _watchfloor_inference_v1_InferenceEvent, InferenceEvent__Output as _watchfloor_inference_v1_InferenceEvent__Output } from './watchfloor/inference/v1/InferenceEvent';
import type { InferenceServiceClient as _watchfloor_inference_v1_InferenceServiceClient, InferenceServiceDefinition as _watchfloor_inference_v1_InferenceServiceDefinition } from './watchfloor/inference/v1/InferenceService';
import type { LineCount as _watchfloor_inference_v1_LineCount, LineCount__Output as _watchfloor_inference_v1_LineCount__Output } from './watchfloor/inference/v1/LineCount';
import type { LineCrossing as _watchfloor_inference_v1_LineCrossing, LineCrossing__Output as _watchfloor_inference_v1_LineCrossing__Output } from './watchfloor/inference/v1/LineCrossing';
import type { ListCamerasRequest as _watchfloor_inference_v1_ListCamerasRequest, ListCamerasRequest__Output as _watchfloor_inference_v1_ListCamerasRequest__Output } from './watchfloor/inference/v1/ListCamerasRequest';
import type { ListCamerasResponse as _watchfloor_inference_v1_ListCamerasResponse, ListCamerasResponse__Output as _watchfloor_inference_v1_ListCamerasResponse__Output } from './watchfloor/inference/v1/ListCamerasResponse';
import type { ListForecastsRequest as _watchfloor_inference_v1_ListForecastsRequest, ListForecastsRequest__Output as _watchfloor_inference_v1_ListForecastsRequest__Output } from './watchfloor/inference/v1/ListForecastsRequest';
import type { ListForecastsResponse as _watchfloor_inference_v1_ListForecastsResponse, ListForecastsResponse__Output as _watchfloor_inference_v1_ListForecastsResponse__Output } from './watchfloor/inference/v1/ListForecastsResponse';
import type { ListSensorsRequest as _watchfloor_inference_v1_ListSensorsRequest, ListSensorsRequest__Output as _watchfloor_inference_v1_ListSensorsRequest__Output } from './watchfloor/inference/v1/ListSensorsRequest';
import type { ListSensorsResponse as _watchfloor_inference_v1_ListSensorsResponse, ListSensorsResponse__Output as _watchfloor_inference_v1_ListSensorsResponse__Output } from './watchfloor/inference/v1/ListSensorsResponse';
import type { NearestCamerasRequest as _watchfloor_inference_v1_NearestCamerasRequest, NearestCamerasRequest__Output as _watchfloor_inference_v1_NearestCamerasRequest__Output } from './watchfloor/inference/v1/NearestCamerasRequest';
import type { NearestCamerasResponse as _watchfloor_inference_v1_NearestCamerasResponse, NearestCamerasResponse__Output as _watchfloor_inference_v1_NearestCamerasResponse__Output } from './watchfloor/inference/v1/NearestCamerasResponse';
import type { Reading as _watchfloor_inference_v1_Reading, Reading__Output as _watchfloor_inference_v1_Reading__Output } from './watchfloor/inference/v1/Reading';
import type { ReportCameraStatusRequest as _watchfloor_inference_v1_ReportCameraStatusRequest, ReportCameraStatusRequest__Output as _watchfloor_inference_v1_ReportCameraStatusRequest__Output } from './watchfloor/inference/v1/ReportCameraStatusRequest';
import type { ReportCameraStatusResponse as _watchfloor_inference_v1_ReportCameraStatusResponse, ReportCameraStatusResponse__Output as _watchfloor_inference_v1_ReportCameraStatusResponse__Output } from './watchfloor/inference/v1/ReportCameraStatusResponse';
import type { ReportDetectionsRequest as _watchfloor_inference_v1_ReportDetectionsRequest, ReportDetectionsRequest__Output as _watchfloor_inference_v1_ReportDetectionsRequest__Output } from './watchfloor/inference/v1/ReportDetectionsRequest';
import type { ReportDetectionsResponse as _watchfloor_inference_v1_ReportDetectionsResponse, ReportDetectionsResponse__Output as _watchfloor_inference_v1_ReportDetectionsResponse__Output } from './watchfloor/inference/v1/ReportDetectionsResponse';
import type { ReportReadingsRequest as _watchfloor_inference_v1_ReportReadingsRequest, ReportReadingsRequest__Output as _watchfloor_inference_v1_ReportReadingsRequest__Output } from './watchfloor/inference/v1/ReportReadingsRequest';
import type { ReportReadingsResponse as _watchfloor_inference_v1_ReportReadingsResponse, ReportReadingsResponse__Output as _watchfloor_inference_v1_ReportReadingsResponse__Output } from './watchfloor/inference/v1/ReportReadingsResponse';
import type { SearchCamerasRequest as _watchfloor_inference_v1_SearchCamerasRequest, SearchCamerasRequest__Output as _watchfloor_inference_v1_SearchCamerasRequest__Output } from './watchfloor/inference/v1/SearchCamerasRequest';
import type { SearchCamerasResponse as _watchfloor_inference_v1_SearchCamerasResponse, SearchCamerasResponse__Output as _watchfloor_inference_v1_SearchCamerasResponse__Output } from './watchfloor/inference/v1/SearchCamerasResponse';
import type { Sensor as _watchfloor_inference_v1_Sensor, Sensor__Output as _watchfloor_inference_v1_Sensor__Output } from './watchfloor/inference/v1/Sensor';
import type { SensorPoint as _watchfloor_inference_v1_SensorPoint, SensorPoint__Output as _watchfloor_inference_v1_SensorPoint__Output } from './watchfloor/inference/v1/SensorPoint';
import type { SensorThresholds as _watchfloor_inference_v1_SensorThresholds, SensorThresholds__Output as _watchfloor_inference_v1_SensorThresholds__Output } from './watchfloor/inference/v1/SensorThresholds';
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
        CameraAtDistance: MessageTypeDefinition<_watchfloor_inference_v1_CameraAtDistance, _watchfloor_inference_v1_CameraAtDistance__Output>
        CamerasImported: MessageTypeDefinition<_watchfloor_inference_v1_CamerasImported, _watchfloor_inference_v1_CamerasImported__Output>
        CongestionForecast: MessageTypeDefinition<_watchfloor_inference_v1_CongestionForecast, _watchfloor_inference_v1_CongestionForecast__Output>
        CorridorHorizon: MessageTypeDefinition<_watchfloor_inference_v1_CorridorHorizon, _watchfloor_inference_v1_CorridorHorizon__Output>
        Density: MessageTypeDefinition<_watchfloor_inference_v1_Density, _watchfloor_inference_v1_Density__Output>
        Detection: MessageTypeDefinition<_watchfloor_inference_v1_Detection, _watchfloor_inference_v1_Detection__Output>
        DetectionBatch: MessageTypeDefinition<_watchfloor_inference_v1_DetectionBatch, _watchfloor_inference_v1_DetectionBatch__Output>
        FloodForecast: MessageTypeDefinition<_watchfloor_inference_v1_FloodForecast, _watchfloor_inference_v1_FloodForecast__Output>
        FloodLevel: MessageTypeDefinition<_watchfloor_inference_v1_FloodLevel, _watchfloor_inference_v1_FloodLevel__Output>
        GeoBox: MessageTypeDefinition<_watchfloor_inference_v1_GeoBox, _watchfloor_inference_v1_GeoBox__Output>
        GeoPoint: MessageTypeDefinition<_watchfloor_inference_v1_GeoPoint, _watchfloor_inference_v1_GeoPoint__Output>
        GetSensorSeriesRequest: MessageTypeDefinition<_watchfloor_inference_v1_GetSensorSeriesRequest, _watchfloor_inference_v1_GetSensorSeriesRequest__Output>
        GetSensorSeriesResponse: MessageTypeDefinition<_watchfloor_inference_v1_GetSensorSeriesResponse, _watchfloor_inference_v1_GetSensorSeriesResponse__Output>
        HorizonForecast: MessageTypeDefinition<_watchfloor_inference_v1_HorizonForecast, _watchfloor_inference_v1_HorizonForecast__Output>
        ImportCamerasChunk: MessageTypeDefinition<_watchfloor_inference_v1_ImportCamerasChunk, _watchfloor_inference_v1_ImportCamerasChunk__Output>
        ImportCamerasResponse: MessageTypeDefinition<_watchfloor_inference_v1_ImportCamerasResponse, _watchfloor_inference_v1_ImportCamerasResponse__Output>
        ImportRowError: MessageTypeDefinition<_watchfloor_inference_v1_ImportRowError, _watchfloor_inference_v1_ImportRowError__Output>
        InferenceEvent: MessageTypeDefinition<_watchfloor_inference_v1_InferenceEvent, _watchfloor_inference_v1_InferenceEvent__Output>
        InferenceService: SubtypeConstructor<typeof grpc.Client, _watchfloor_inference_v1_InferenceServiceClient> & { service: _watchfloor_inference_v1_InferenceServiceDefinition }
        LineCount: MessageTypeDefinition<_watchfloor_inference_v1_LineCount, _watchfloor_inference_v1_LineCount__Output>
        LineCrossing: MessageTypeDefinition<_watchfloor_inference_v1_LineCrossing, _watchfloor_inference_v1_LineCrossing__Output>
        ListCamerasRequest: MessageTypeDefinition<_watchfloor_inference_v1_ListCamerasRequest, _watchfloor_inference_v1_ListCamerasRequest__Output>
        ListCamerasResponse: MessageTypeDefinition<_watchfloor_inference_v1_ListCamerasResponse, _watchfloor_inference_v1_ListCamerasResponse__Output>
        ListForecastsRequest: MessageTypeDefinition<_watchfloor_inference_v1_ListForecastsRequest, _watchfloor_inference_v1_ListForecastsRequest__Output>
        ListForecastsResponse: MessageTypeDefinition<_watchfloor_inference_v1_ListForecastsResponse, _watchfloor_inference_v1_ListForecastsResponse__Output>
        ListSensorsRequest: MessageTypeDefinition<_watchfloor_inference_v1_ListSensorsRequest, _watchfloor_inference_v1_ListSensorsRequest__Output>
        ListSensorsResponse: MessageTypeDefinition<_watchfloor_inference_v1_ListSensorsResponse, _watchfloor_inference_v1_ListSensorsResponse__Output>
        NearestCamerasRequest: MessageTypeDefinition<_watchfloor_inference_v1_NearestCamerasRequest, _watchfloor_inference_v1_NearestCamerasRequest__Output>
        NearestCamerasResponse: MessageTypeDefinition<_watchfloor_inference_v1_NearestCamerasResponse, _watchfloor_inference_v1_NearestCamerasResponse__Output>
        Reading: MessageTypeDefinition<_watchfloor_inference_v1_Reading, _watchfloor_inference_v1_Reading__Output>
        ReportCameraStatusRequest: MessageTypeDefinition<_watchfloor_inference_v1_ReportCameraStatusRequest, _watchfloor_inference_v1_ReportCameraStatusRequest__Output>
        ReportCameraStatusResponse: MessageTypeDefinition<_watchfloor_inference_v1_ReportCameraStatusResponse, _watchfloor_inference_v1_ReportCameraStatusResponse__Output>
        ReportDetectionsRequest: MessageTypeDefinition<_watchfloor_inference_v1_ReportDetectionsRequest, _watchfloor_inference_v1_ReportDetectionsRequest__Output>
        ReportDetectionsResponse: MessageTypeDefinition<_watchfloor_inference_v1_ReportDetectionsResponse, _watchfloor_inference_v1_ReportDetectionsResponse__Output>
        ReportReadingsRequest: MessageTypeDefinition<_watchfloor_inference_v1_ReportReadingsRequest, _watchfloor_inference_v1_ReportReadingsRequest__Output>
        ReportReadingsResponse: MessageTypeDefinition<_watchfloor_inference_v1_ReportReadingsResponse, _watchfloor_inference_v1_ReportReadingsResponse__Output>
        SearchCamerasRequest: MessageTypeDefinition<_watchfloor_inference_v1_SearchCamerasRequest, _watchfloor_inference_v1_SearchCamerasRequest__Output>
        SearchCamerasResponse: MessageTypeDefinition<_watchfloor_inference_v1_SearchCamerasResponse, _watchfloor_inference_v1_SearchCamerasResponse__Output>
        Sensor: MessageTypeDefinition<_watchfloor_inference_v1_Sensor, _watchfloor_inference_v1_Sensor__Output>
        SensorPoint: MessageTypeDefinition<_watchfloor_inference_v1_SensorPoint, _watchfloor_inference_v1_SensorPoint__Output>
        SensorThresholds: MessageTypeDefinition<_watchfloor_inference_v1_SensorThresholds, _watchfloor_inference_v1_SensorThresholds__Output>
        WatchInferenceRequest: MessageTypeDefinition<_watchfloor_inference_v1_WatchInferenceRequest, _watchfloor_inference_v1_WatchInferenceRequest__Output>
      }
    }
  }
}

