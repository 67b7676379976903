// Original file: proto/watchfloor/siem/v1/siem.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcknowledgeAlertRequest as _watchfloor_siem_v1_AcknowledgeAlertRequest, AcknowledgeAlertRequest__Output as _watchfloor_siem_v1_AcknowledgeAlertRequest__Output } from '../../../watchfloor/siem/v1/AcknowledgeAlertRequest';
import type { AcknowledgeAlertResponse as _watchfloor_siem_v1_AcknowledgeAlertResponse, AcknowledgeAlertResponse__Output as _watchfloor_siem_v1_AcknowledgeAlertResponse__Output } from '../../../watchfloor/siem/v1/AcknowledgeAlertResponse';
import type { AlertEvent as _watchfloor_siem_v1_AlertEvent, AlertEvent__Output as _watchfloor_siem_v1_AlertEvent__Output } from '../../../watchfloor/siem/v1/AlertEvent';
import type { GetIngestStatsRequest as _watchfloor_siem_v1_GetIngestStatsRequest, GetIngestStatsRequest__Output as _watchfloor_siem_v1_GetIngestStatsRequest__Output } from '../../../watchfloor/siem/v1/GetIngestStatsRequest';
import type { GetIngestStatsResponse as _watchfloor_siem_v1_GetIngestStatsResponse, GetIngestStatsResponse__Output as _watchfloor_siem_v1_GetIngestStatsResponse__Output } from '../../../watchfloor/siem/v1/GetIngestStatsResponse';
import type { IngestEventsRequest as _watchfloor_siem_v1_IngestEventsRequest, IngestEventsRequest__Output as _watchfloor_siem_v1_IngestEventsRequest__Output } from '../../../watchfloor/siem/v1/IngestEventsRequest';
import type { IngestEventsResponse as _watchfloor_siem_v1_IngestEventsResponse, IngestEventsResponse__Output as _watchfloor_siem_v1_IngestEventsResponse__Output } from '../../../watchfloor/siem/v1/IngestEventsResponse';
import type { ListAlertsRequest as _watchfloor_siem_v1_ListAlertsRequest, ListAlertsRequest__Output as _watchfloor_siem_v1_ListAlertsRequest__Output } from '../../../watchfloor/siem/v1/ListAlertsRequest';
import type { ListAlertsResponse as _watchfloor_siem_v1_ListAlertsResponse, ListAlertsResponse__Output as _watchfloor_siem_v1_ListAlertsResponse__Output } from '../../../watchfloor/siem/v1/ListAlertsResponse';
import type { WatchAlertsRequest as _watchfloor_siem_v1_WatchAlertsRequest, WatchAlertsRequest__Output as _watchfloor_siem_v1_WatchAlertsRequest__Output } from '../../../watchfloor/siem/v1/WatchAlertsRequest';

export interface SiemServiceClient extends grpc.Client {
  AcknowledgeAlert(argument: _watchfloor_siem_v1_AcknowledgeAlertRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_AcknowledgeAlertResponse__Output>): grpc.ClientUnaryCall;
  AcknowledgeAlert(argument: _watchfloor_siem_v1_AcknowledgeAlertRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_AcknowledgeAlertResponse__Output>): grpc.ClientUnaryCall;
  AcknowledgeAlert(argument: _watchfloor_siem_v1_AcknowledgeAlertRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_AcknowledgeAlertResponse__Output>): grpc.ClientUnaryCall;
  AcknowledgeAlert(argument: _watchfloor_siem_v1_AcknowledgeAlertRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_AcknowledgeAlertResponse__Output>): grpc.ClientUnaryCall;
  acknowledgeAlert(argument: _watchfloor_siem_v1_AcknowledgeAlertRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_AcknowledgeAlertResponse__Output>): grpc.ClientUnaryCall;
  acknowledgeAlert(argument: _watchfloor_siem_v1_AcknowledgeAlertRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_AcknowledgeAlertResponse__Output>): grpc.ClientUnaryCall;
  acknowledgeAlert(argument: _watchfloor_siem_v1_AcknowledgeAlertRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_AcknowledgeAlertResponse__Output>): grpc.ClientUnaryCall;
  acknowledgeAlert(argument: _watchfloor_siem_v1_AcknowledgeAlertRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_AcknowledgeAlertResponse__Output>): grpc.ClientUnaryCall;
  
  GetIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  GetIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  GetIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  GetIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  getIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  getIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  getIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  getIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  
  IngestEvents(argument: _watchfloor_siem_v1_IngestEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_IngestEventsResponse__Output>): grpc.ClientUnaryCall;
  IngestEvents(argument: _watchfloor_siem_v1_IngestEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_IngestEventsResponse__Output>): grpc.ClientUnaryCall;
  IngestEvents(argument: _watchfloor_siem_v1_IngestEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_IngestEventsResponse__Output>): grpc.ClientUnaryCall;
  IngestEvents(argument: _watchfloor_siem_v1_IngestEventsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_IngestEventsResponse__Output>): grpc.ClientUnaryCall;
  ingestEvents(argument: _watchfloor_siem_v1_IngestEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_IngestEventsResponse__Output>): grpc.ClientUnaryCall;
  ingestEvents(argument: _watchfloor_siem_v1_IngestEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_IngestEventsResponse__Output>): grpc.ClientUnaryCall;
  ingestEvents(argument: _watchfloor_siem_v1_IngestEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_IngestEventsResponse__Output>): grpc.ClientUnaryCall;
  ingestEvents(argument: _watchfloor_siem_v1_IngestEventsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_IngestEventsResponse__Output>): grpc.ClientUnaryCall;
  
  ListAlerts(argument: _watchfloor_siem_v1_ListAlertsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  ListAlerts(argument: _watchfloor_siem_v1_ListAlertsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  ListAlerts(argument: _watchfloor_siem_v1_ListAlertsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  ListAlerts(argument: _watchfloor_siem_v1_ListAlertsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  listAlerts(argument: _watchfloor_siem_v1_ListAlertsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  listAlerts(argument: _watchfloor_siem_v1_ListAlertsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  listAlerts(argument: _watchfloor_siem_v1_ListAlertsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  listAlerts(argument: _watchfloor_siem_v1_ListAlertsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  
  WatchAlerts(argument: _watchfloor_siem_v1_WatchAlertsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_siem_v1_AlertEvent__Output>;
  WatchAlerts(argument: _watchfloor_siem_v1_WatchAlertsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_siem_v1_AlertEvent__Output>;
  watchAlerts(argument: _watchfloor_siem_v1_WatchAlertsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_siem_v1_AlertEvent__Output>;
  watchAlerts(argument: _watchfloor_siem_v1_WatchAlertsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_siem_v1_AlertEvent__Output>;
  
}

export interface SiemServiceHandlers extends grpc.UntypedServiceImplementation {
  AcknowledgeAlert: grpc.handleUnaryCall<_watchfloor_siem_v1_AcknowledgeAlertRequest__Output, _watchfloor_siem_v1_AcknowledgeAlertResponse>;
  
  GetIngestStats: grpc.handleUnaryCall<_watchfloor_siem_v1_GetIngestStatsRequest__Output, _watchfloor_siem_v1_GetIngestStatsResponse>;
  
  IngestEvents: grpc.handleUnaryCall<_watchfloor_siem_v1_IngestEventsRequest__Output, _watchfloor_siem_v1_IngestEventsResponse>;
  
  ListAlerts: grpc.handleUnaryCall<_watchfloor_siem_v1_ListAlertsRequest__Output, _watchfloor_siem_v1_ListAlertsResponse>;
  
  WatchAlerts: grpc.handleServerStreamingCall<_watchfloor_siem_v1_WatchAlertsRequest__Output, _watchfloor_siem_v1_AlertEvent>;
  
}

export interface SiemServiceDefinition extends grpc.ServiceDefinition {
  AcknowledgeAlert: MethodDefinition<_watchfloor_siem_v1_AcknowledgeAlertRequest, _watchfloor_siem_v1_AcknowledgeAlertResponse, _watchfloor_siem_v1_AcknowledgeAlertRequest__Output, _watchfloor_siem_v1_AcknowledgeAlertResponse__Output>
  GetIngestStats: MethodDefinition<_watchfloor_siem_v1_GetIngestStatsRequest, _watchfloor_siem_v1_GetIngestStatsResponse, _watchfloor_siem_v1_GetIngestStatsRequest__Output, _watchfloor_siem_v1_GetIngestStatsResponse__Output>
  IngestEvents: MethodDefinition<_watchfloor_siem_v1_IngestEventsRequest, _watchfloor_siem_v1_IngestEventsResponse, _watchfloor_siem_v1_IngestEventsRequest__Output, _watchfloor_siem_v1_IngestEventsResponse__Output>
  ListAlerts: MethodDefinition<_watchfloor_siem_v1_ListAlertsRequest, _watchfloor_siem_v1_ListAlertsResponse, _watchfloor_siem_v1_ListAlertsRequest__Output, _watchfloor_siem_v1_ListAlertsResponse__Output>
  WatchAlerts: MethodDefinition<_watchfloor_siem_v1_WatchAlertsRequest, _watchfloor_siem_v1_AlertEvent, _watchfloor_siem_v1_WatchAlertsRequest__Output, _watchfloor_siem_v1_AlertEvent__Output>
}
