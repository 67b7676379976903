// Original file: proto/watchfloor/inference/v1/inference.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetSensorSeriesRequest as _watchfloor_inference_v1_GetSensorSeriesRequest, GetSensorSeriesRequest__Output as _watchfloor_inference_v1_GetSensorSeriesRequest__Output } from '../../../watchfloor/inference/v1/GetSensorSeriesRequest';
import type { GetSensorSeriesResponse as _watchfloor_inference_v1_GetSensorSeriesResponse, GetSensorSeriesResponse__Output as _watchfloor_inference_v1_GetSensorSeriesResponse__Output } from '../../../watchfloor/inference/v1/GetSensorSeriesResponse';
import type { ImportCamerasChunk as _watchfloor_inference_v1_ImportCamerasChunk, ImportCamerasChunk__Output as _watchfloor_inference_v1_ImportCamerasChunk__Output } from '../../../watchfloor/inference/v1/ImportCamerasChunk';
import type { ImportCamerasResponse as _watchfloor_inference_v1_ImportCamerasResponse, ImportCamerasResponse__Output as _watchfloor_inference_v1_ImportCamerasResponse__Output } from '../../../watchfloor/inference/v1/ImportCamerasResponse';
import type { InferenceEvent as _watchfloor_inference_v1_InferenceEvent, InferenceEvent__Output as _watchfloor_inference_v1_InferenceEvent__Output } from '../../../watchfloor/inference/v1/InferenceEvent';
import type { ListCamerasRequest as _watchfloor_inference_v1_ListCamerasRequest, ListCamerasRequest__Output as _watchfloor_inference_v1_ListCamerasRequest__Output } from '../../../watchfloor/inference/v1/ListCamerasRequest';
import type { ListCamerasResponse as _watchfloor_inference_v1_ListCamerasResponse, ListCamerasResponse__Output as _watchfloor_inference_v1_ListCamerasResponse__Output } from '../../../watchfloor/inference/v1/ListCamerasResponse';
import type { ListForecastsRequest as _watchfloor_inference_v1_ListForecastsRequest, ListForecastsRequest__Output as _watchfloor_inference_v1_ListForecastsRequest__Output } from '../../../watchfloor/inference/v1/ListForecastsRequest';
import type { ListForecastsResponse as _watchfloor_inference_v1_ListForecastsResponse, ListForecastsResponse__Output as _watchfloor_inference_v1_ListForecastsResponse__Output } from '../../../watchfloor/inference/v1/ListForecastsResponse';
import type { ListSensorsRequest as _watchfloor_inference_v1_ListSensorsRequest, ListSensorsRequest__Output as _watchfloor_inference_v1_ListSensorsRequest__Output } from '../../../watchfloor/inference/v1/ListSensorsRequest';
import type { ListSensorsResponse as _watchfloor_inference_v1_ListSensorsResponse, ListSensorsResponse__Output as _watchfloor_inference_v1_ListSensorsResponse__Output } from '../../../watchfloor/inference/v1/ListSensorsResponse';
import type { NearestCamerasRequest as _watchfloor_inference_v1_NearestCamerasRequest, NearestCamerasRequest__Output as _watchfloor_inference_v1_NearestCamerasRequest__Output } from '../../../watchfloor/inference/v1/NearestCamerasRequest';
import type { NearestCamerasResponse as _watchfloor_inference_v1_NearestCamerasResponse, NearestCamerasResponse__Output as _watchfloor_inference_v1_NearestCamerasResponse__Output } from '../../../watchfloor/inference/v1/NearestCamerasResponse';
import type { ReportCameraStatusRequest as _watchfloor_inference_v1_ReportCameraStatusRequest, ReportCameraStatusRequest__Output as _watchfloor_inference_v1_ReportCameraStatusRequest__Output } from '../../../watchfloor/inference/v1/ReportCameraStatusRequest';
import type { ReportCameraStatusResponse as _watchfloor_inference_v1_ReportCameraStatusResponse, ReportCameraStatusResponse__Output as _watchfloor_inference_v1_ReportCameraStatusResponse__Output } from '../../../watchfloor/inference/v1/ReportCameraStatusResponse';
import type { ReportDetectionsRequest as _watchfloor_inference_v1_ReportDetectionsRequest, ReportDetectionsRequest__Output as _watchfloor_inference_v1_ReportDetectionsRequest__Output } from '../../../watchfloor/inference/v1/ReportDetectionsRequest';
import type { ReportDetectionsResponse as _watchfloor_inference_v1_ReportDetectionsResponse, ReportDetectionsResponse__Output as _watchfloor_inference_v1_ReportDetectionsResponse__Output } from '../../../watchfloor/inference/v1/ReportDetectionsResponse';
import type { ReportReadingsRequest as _watchfloor_inference_v1_ReportReadingsRequest, ReportReadingsRequest__Output as _watchfloor_inference_v1_ReportReadingsRequest__Output } from '../../../watchfloor/inference/v1/ReportReadingsRequest';
import type { ReportReadingsResponse as _watchfloor_inference_v1_ReportReadingsResponse, ReportReadingsResponse__Output as _watchfloor_inference_v1_ReportReadingsResponse__Output } from '../../../watchfloor/inference/v1/ReportReadingsResponse';
import type { SearchCamerasRequest as _watchfloor_inference_v1_SearchCamerasRequest, SearchCamerasRequest__Output as _watchfloor_inference_v1_SearchCamerasRequest__Output } from '../../../watchfloor/inference/v1/SearchCamerasRequest';
import type { SearchCamerasResponse as _watchfloor_inference_v1_SearchCamerasResponse, SearchCamerasResponse__Output as _watchfloor_inference_v1_SearchCamerasResponse__Output } from '../../../watchfloor/inference/v1/SearchCamerasResponse';
import type { WatchInferenceRequest as _watchfloor_inference_v1_WatchInferenceRequest, WatchInferenceRequest__Output as _watchfloor_inference_v1_WatchInferenceRequest__Output } from '../../../watchfloor/inference/v1/WatchInferenceRequest';

export interface InferenceServiceClient extends grpc.Client {
  GetSensorSeries(argument: _watchfloor_inference_v1_GetSensorSeriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_GetSensorSeriesResponse__Output>): grpc.ClientUnaryCall;
  GetSensorSeries(argument: _watchfloor_inference_v1_GetSensorSeriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_GetSensorSeriesResponse__Output>): grpc.ClientUnaryCall;
  GetSensorSeries(argument: _watchfloor_inference_v1_GetSensorSeriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_GetSensorSeriesResponse__Output>): grpc.ClientUnaryCall;
  GetSensorSeries(argument: _watchfloor_inference_v1_GetSensorSeriesRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_GetSensorSeriesResponse__Output>): grpc.ClientUnaryCall;
  getSensorSeries(argument: _watchfloor_inference_v1_GetSensorSeriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_GetSensorSeriesResponse__Output>): grpc.ClientUnaryCall;
  getSensorSeries(argument: _watchfloor_inference_v1_GetSensorSeriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_GetSensorSeriesResponse__Output>): grpc.ClientUnaryCall;
  getSensorSeries(argument: _watchfloor_inference_v1_GetSensorSeriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_GetSensorSeriesResponse__Output>): grpc.ClientUnaryCall;
  getSensorSeries(argument: _watchfloor_inference_v1_GetSensorSeriesRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_GetSensorSeriesResponse__Output>): grpc.ClientUnaryCall;
  
  ImportCameras(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ImportCamerasResponse__Output>): grpc.ClientWritableStream<_watchfloor_inference_v1_ImportCamerasChunk>;
  ImportCameras(metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ImportCamerasResponse__Output>): grpc.ClientWritableStream<_watchfloor_inference_v1_ImportCamerasChunk>;
  ImportCameras(options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ImportCamerasResponse__Output>): grpc.ClientWritableStream<_watchfloor_inference_v1_ImportCamerasChunk>;
  ImportCameras(callback: grpc.requestCallback<_watchfloor_inference_v1_ImportCamerasResponse__Output>): grpc.ClientWritableStream<_watchfloor_inference_v1_ImportCamerasChunk>;
  importCameras(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ImportCamerasResponse__Output>): grpc.ClientWritableStream<_watchfloor_inference_v1_ImportCamerasChunk>;
  importCameras(metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ImportCamerasResponse__Output>): grpc.ClientWritableStream<_watchfloor_inference_v1_ImportCamerasChunk>;
  importCameras(options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ImportCamerasResponse__Output>): grpc.ClientWritableStream<_watchfloor_inference_v1_ImportCamerasChunk>;
  importCameras(callback: grpc.requestCallback<_watchfloor_inference_v1_ImportCamerasResponse__Output>): grpc.ClientWritableStream<_watchfloor_inference_v1_ImportCamerasChunk>;
  
  ListCameras(argument: _watchfloor_inference_v1_ListCamerasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  ListCameras(argument: _watchfloor_inference_v1_ListCamerasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  ListCameras(argument: _watchfloor_inference_v1_ListCamerasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  ListCameras(argument: _watchfloor_inference_v1_ListCamerasRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  listCameras(argument: _watchfloor_inference_v1_ListCamerasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  listCameras(argument: _watchfloor_inference_v1_ListCamerasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  listCameras(argument: _watchfloor_inference_v1_ListCamerasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  listCameras(argument: _watchfloor_inference_v1_ListCamerasRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_ListCamerasResponse__Output>): grpc.ClientUnaryCall;
  
  ListForecasts(argument: _watchfloor_inference_v1_ListForecastsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ListForecastsResponse__Output>): grpc.ClientUnaryCall;
  ListForecasts(argument: _watchfloor_inference_v1_ListForecastsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ListForecastsResponse__Output>): grpc.ClientUnaryCall;
  ListForecasts(argument: _watchfloor_inference_v1_ListForecastsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ListForecastsResponse__Output>): grpc.ClientUnaryCall;
  ListForecasts(argument: _watchfloor_inference_v1_ListForecastsRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_ListForecastsResponse__Output>): grpc.ClientUnaryCall;
  listForecasts(argument: _watchfloor_inference_v1_ListForecastsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ListForecastsResponse__Output>): grpc.ClientUnaryCall;
  listForecasts(argument: _watchfloor_inference_v1_ListForecastsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ListForecastsResponse__Output>): grpc.ClientUnaryCall;
  listForecasts(argument: _watchfloor_inference_v1_ListForecastsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ListForecastsResponse__Output>): grpc.ClientUnaryCall;
  listForecasts(argument: _watchfloor_inference_v1_ListForecastsRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_ListForecastsResponse__Output>): grpc.ClientUnaryCall;
  
  ListSensors(argument: _watchfloor_inference_v1_ListSensorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ListSensorsResponse__Output>): grpc.ClientUnaryCall;
  ListSensors(argument: _watchfloor_inference_v1_ListSensorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ListSensorsResponse__Output>): grpc.ClientUnaryCall;
  ListSensors(argument: _watchfloor_inference_v1_ListSensorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ListSensorsResponse__Output>): grpc.ClientUnaryCall;
  ListSensors(argument: _watchfloor_inference_v1_ListSensorsRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_ListSensorsResponse__Output>): grpc.ClientUnaryCall;
  listSensors(argument: _watchfloor_inference_v1_ListSensorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ListSensorsResponse__Output>): grpc.ClientUnaryCall;
  listSensors(argument: _watchfloor_inference_v1_ListSensorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ListSensorsResponse__Output>): grpc.ClientUnaryCall;
  listSensors(argument: _watchfloor_inference_v1_ListSensorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ListSensorsResponse__Output>): grpc.ClientUnaryCall;
  listSensors(argument: _watchfloor_inference_v1_ListSensorsRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_ListSensorsResponse__Output>): grpc.ClientUnaryCall;
  
  NearestCameras(argument: _watchfloor_inference_v1_NearestCamerasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_NearestCamerasResponse__Output>): grpc.ClientUnaryCall;
  NearestCameras(argument: _watchfloor_inference_v1_NearestCamerasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_NearestCamerasResponse__Output>): grpc.ClientUnaryCall;
  NearestCameras(argument: _watchfloor_inference_v1_NearestCamerasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_NearestCamerasResponse__Output>): grpc.ClientUnaryCall;
  NearestCameras(argument: _watchfloor_inference_v1_NearestCamerasRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_NearestCamerasResponse__Output>): grpc.ClientUnaryCall;
  nearestCameras(argument: _watchfloor_inference_v1_NearestCamerasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_NearestCamerasResponse__Output>): grpc.ClientUnaryCall;
  nearestCameras(argument: _watchfloor_inference_v1_NearestCamerasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_NearestCamerasResponse__Output>): grpc.ClientUnaryCall;
  nearestCameras(argument: _watchfloor_inference_v1_NearestCamerasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_NearestCamerasResponse__Output>): grpc.ClientUnaryCall;
  nearestCameras(argument: _watchfloor_inference_v1_NearestCamerasRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_NearestCamerasResponse__Output>): grpc.ClientUnaryCall;
  
  ReportCameraStatus(argument: _watchfloor_inference_v1_ReportCameraStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportCameraStatusResponse__Output>): grpc.ClientUnaryCall;
  ReportCameraStatus(argument: _watchfloor_inference_v1_ReportCameraStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportCameraStatusResponse__Output>): grpc.ClientUnaryCall;
  ReportCameraStatus(argument: _watchfloor_inference_v1_ReportCameraStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportCameraStatusResponse__Output>): grpc.ClientUnaryCall;
  ReportCameraStatus(argument: _watchfloor_inference_v1_ReportCameraStatusRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportCameraStatusResponse__Output>): grpc.ClientUnaryCall;
  reportCameraStatus(argument: _watchfloor_inference_v1_ReportCameraStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportCameraStatusResponse__Output>): grpc.ClientUnaryCall;
  reportCameraStatus(argument: _watchfloor_inference_v1_ReportCameraStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportCameraStatusResponse__Output>): grpc.ClientUnaryCall;
  reportCameraStatus(argument: _watchfloor_inference_v1_ReportCameraStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportCameraStatusResponse__Output>): grpc.ClientUnaryCall;
  reportCameraStatus(argument: _watchfloor_inference_v1_ReportCameraStatusRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportCameraStatusResponse__Output>): grpc.ClientUnaryCall;
  
  ReportDetections(argument: _watchfloor_inference_v1_ReportDetectionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportDetectionsResponse__Output>): grpc.ClientUnaryCall;
  ReportDetections(argument: _watchfloor_inference_v1_ReportDetectionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportDetectionsResponse__Output>): grpc.ClientUnaryCall;
  ReportDetections(argument: _watchfloor_inference_v1_ReportDetectionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportDetectionsResponse__Output>): grpc.ClientUnaryCall;
  ReportDetections(argument: _watchfloor_inference_v1_ReportDetectionsRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportDetectionsResponse__Output>): grpc.ClientUnaryCall;
  reportDetections(argument: _watchfloor_inference_v1_ReportDetectionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportDetectionsResponse__Output>): grpc.ClientUnaryCall;
  reportDetections(argument: _watchfloor_inference_v1_ReportDetectionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportDetectionsResponse__Output>): grpc.ClientUnaryCall;
  reportDetections(argument: _watchfloor_inference_v1_ReportDetectionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportDetectionsResponse__Output>): grpc.ClientUnaryCall;
  reportDetections(argument: _watchfloor_inference_v1_ReportDetectionsRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportDetectionsResponse__Output>): grpc.ClientUnaryCall;
  
  ReportReadings(argument: _watchfloor_inference_v1_ReportReadingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportReadingsResponse__Output>): grpc.ClientUnaryCall;
  ReportReadings(argument: _watchfloor_inference_v1_ReportReadingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportReadingsResponse__Output>): grpc.ClientUnaryCall;
  ReportReadings(argument: _watchfloor_inference_v1_ReportReadingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportReadingsResponse__Output>): grpc.ClientUnaryCall;
  ReportReadings(argument: _watchfloor_inference_v1_ReportReadingsRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportReadingsResponse__Output>): grpc.ClientUnaryCall;
  reportReadings(argument: _watchfloor_inference_v1_ReportReadingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportReadingsResponse__Output>): grpc.ClientUnaryCall;
  reportReadings(argument: _watchfloor_inference_v1_ReportReadingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportReadingsResponse__Output>): grpc.ClientUnaryCall;
  reportReadings(argument: _watchfloor_inference_v1_ReportReadingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportReadingsResponse__Output>): grpc.ClientUnaryCall;
  reportReadings(argument: _watchfloor_inference_v1_ReportReadingsRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_ReportReadingsResponse__Output>): grpc.ClientUnaryCall;
  
  SearchCameras(argument: _watchfloor_inference_v1_SearchCamerasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_SearchCamerasResponse__Output>): grpc.ClientUnaryCall;
  SearchCameras(argument: _watchfloor_inference_v1_SearchCamerasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_SearchCamerasResponse__Output>): grpc.ClientUnaryCall;
  SearchCameras(argument: _watchfloor_inference_v1_SearchCamerasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_SearchCamerasResponse__Output>): grpc.ClientUnaryCall;
  SearchCameras(argument: _watchfloor_inference_v1_SearchCamerasRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_SearchCamerasResponse__Output>): grpc.ClientUnaryCall;
  searchCameras(argument: _watchfloor_inference_v1_SearchCamerasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_SearchCamerasResponse__Output>): grpc.ClientUnaryCall;
  searchCameras(argument: _watchfloor_inference_v1_SearchCamerasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_inference_v1_SearchCamerasResponse__Output>): grpc.ClientUnaryCall;
  searchCameras(argument: _watchfloor_inference_v1_SearchCamerasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_inference_v1_SearchCamerasResponse__Output>): grpc.ClientUnaryCall;
  searchCameras(argument: _watchfloor_inference_v1_SearchCamerasRequest, callback: grpc.requestCallback<_watchfloor_inference_v1_SearchCamerasResponse__Output>): grpc.ClientUnaryCall;
  
  WatchInference(argument: _watchfloor_inference_v1_WatchInferenceRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_inference_v1_InferenceEvent__Output>;
  WatchInference(argument: _watchfloor_inference_v1_WatchInferenceRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_inference_v1_InferenceEvent__Output>;
  watchInference(argument: _watchfloor_inference_v1_WatchInferenceRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_inference_v1_InferenceEvent__Output>;
  watchInference(argument: _watchfloor_inference_v1_WatchInferenceRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_inference_v1_InferenceEvent__Output>;
  
}

export interface InferenceServiceHandlers extends grpc.UntypedServiceImplementation {
  GetSensorSeries: grpc.handleUnaryCall<_watchfloor_inference_v1_GetSensorSeriesRequest__Output, _watchfloor_inference_v1_GetSensorSeriesResponse>;
  
  ImportCameras: grpc.handleClientStreamingCall<_watchfloor_inference_v1_ImportCamerasChunk__Output, _watchfloor_inference_v1_ImportCamerasResponse>;
  
  ListCameras: grpc.handleUnaryCall<_watchfloor_inference_v1_ListCamerasRequest__Output, _watchfloor_inference_v1_ListCamerasResponse>;
  
  ListForecasts: grpc.handleUnaryCall<_watchfloor_inference_v1_ListForecastsRequest__Output, _watchfloor_inference_v1_ListForecastsResponse>;
  
  ListSensors: grpc.handleUnaryCall<_watchfloor_inference_v1_ListSensorsRequest__Output, _watchfloor_inference_v1_ListSensorsResponse>;
  
  NearestCameras: grpc.handleUnaryCall<_watchfloor_inference_v1_NearestCamerasRequest__Output, _watchfloor_inference_v1_NearestCamerasResponse>;
  
  ReportCameraStatus: grpc.handleUnaryCall<_watchfloor_inference_v1_ReportCameraStatusRequest__Output, _watchfloor_inference_v1_ReportCameraStatusResponse>;
  
  ReportDetections: grpc.handleUnaryCall<_watchfloor_inference_v1_ReportDetectionsRequest__Output, _watchfloor_inference_v1_ReportDetectionsResponse>;
  
  ReportReadings: grpc.handleUnaryCall<_watchfloor_inference_v1_ReportReadingsRequest__Output, _watchfloor_inference_v1_ReportReadingsResponse>;
  
  SearchCameras: grpc.handleUnaryCall<_watchfloor_inference_v1_SearchCamerasRequest__Output, _watchfloor_inference_v1_SearchCamerasResponse>;
  
  WatchInference: grpc.handleServerStreamingCall<_watchfloor_inference_v1_WatchInferenceRequest__Output, _watchfloor_inference_v1_InferenceEvent>;
  
}

export interface InferenceServiceDefinition extends grpc.ServiceDefinition {
  GetSensorSeries: MethodDefinition<_watchfloor_inference_v1_GetSensorSeriesRequest, _watchfloor_inference_v1_GetSensorSeriesResponse, _watchfloor_inference_v1_GetSensorSeriesRequest__Output, _watchfloor_inference_v1_GetSensorSeriesResponse__Output>
  ImportCameras: MethodDefinition<_watchfloor_inference_v1_ImportCamerasChunk, _watchfloor_inference_v1_ImportCamerasResponse, _watchfloor_inference_v1_ImportCamerasChunk__Output, _watchfloor_inference_v1_ImportCamerasResponse__Output>
  ListCameras: MethodDefinition<_watchfloor_inference_v1_ListCamerasRequest, _watchfloor_inference_v1_ListCamerasResponse, _watchfloor_inference_v1_ListCamerasRequest__Output, _watchfloor_inference_v1_ListCamerasResponse__Output>
  ListForecasts: MethodDefinition<_watchfloor_inference_v1_ListForecastsRequest, _watchfloor_inference_v1_ListForecastsResponse, _watchfloor_inference_v1_ListForecastsRequest__Output, _watchfloor_inference_v1_ListForecastsResponse__Output>
  ListSensors: MethodDefinition<_watchfloor_inference_v1_ListSensorsRequest, _watchfloor_inference_v1_ListSensorsResponse, _watchfloor_inference_v1_ListSensorsRequest__Output, _watchfloor_inference_v1_ListSensorsResponse__Output>
  NearestCameras: MethodDefinition<_watchfloor_inference_v1_NearestCamerasRequest, _watchfloor_inference_v1_NearestCamerasResponse, _watchfloor_inference_v1_NearestCamerasRequest__Output, _watchfloor_inference_v1_NearestCamerasResponse__Output>
  ReportCameraStatus: MethodDefinition<_watchfloor_inference_v1_ReportCameraStatusRequest, _watchfloor_inference_v1_ReportCameraStatusResponse, _watchfloor_inference_v1_ReportCameraStatusRequest__Output, _watchfloor_inference_v1_ReportCameraStatusResponse__Output>
  ReportDetections: MethodDefinition<_watchfloor_inference_v1_ReportDetectionsRequest, _watchfloor_inference_v1_ReportDetectionsResponse, _watchfloor_inference_v1_ReportDetectionsRequest__Output, _watchfloor_inference_v1_ReportDetectionsResponse__Output>
  ReportReadings: MethodDefinition<_watchfloor_inference_v1_ReportReadingsRequest, _watchfloor_inference_v1_ReportReadingsResponse, _watchfloor_inference_v1_ReportReadingsRequest__Output, _watchfloor_inference_v1_ReportReadingsResponse__Output>
  SearchCameras: MethodDefinition<_watchfloor_inference_v1_SearchCamerasRequest, _watchfloor_inference_v1_SearchCamerasResponse, _watchfloor_inference_v1_SearchCamerasRequest__Output, _watchfloor_inference_v1_SearchCamerasResponse__Output>
  WatchInference: MethodDefinition<_watchfloor_inference_v1_WatchInferenceRequest, _watchfloor_inference_v1_InferenceEvent, _watchfloor_inference_v1_WatchInferenceRequest__Output, _watchfloor_inference_v1_InferenceEvent__Output>
}
