// Original file: proto/watchfloor/siem/v1/siem.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcknowledgeAlertRequest as _watchfloor_siem_v1_AcknowledgeAlertRequest, AcknowledgeAlertRequest__Output as _watchfloor_siem_v1_AcknowledgeAlertRequest__Output } from '../../../watchfloor/siem/v1/AcknowledgeAlertRequest';
import type { AcknowledgeAlertResponse as _watchfloor_siem_v1_AcknowledgeAlertResponse, AcknowledgeAlertResponse__Output as _watchfloor_siem_v1_AcknowledgeAlertResponse__Output } from '../../../watchfloor/siem/v1/AcknowledgeAlertResponse';
import type { AlertEvent as _watchfloor_siem_v1_AlertEvent, AlertEvent__Output as _watchfloor_siem_v1_AlertEvent__Output } from '../../../watchfloor/siem/v1/AlertEvent';
import type { CreateCaseRequest as _watchfloor_siem_v1_CreateCaseRequest, CreateCaseRequest__Output as _watchfloor_siem_v1_CreateCaseRequest__Output } from '../../../watchfloor/siem/v1/CreateCaseRequest';
import type { CreateCaseResponse as _watchfloor_siem_v1_CreateCaseResponse, CreateCaseResponse__Output as _watchfloor_siem_v1_CreateCaseResponse__Output } from '../../../watchfloor/siem/v1/CreateCaseResponse';
import type { CreateSuppressionRequest as _watchfloor_siem_v1_CreateSuppressionRequest, CreateSuppressionRequest__Output as _watchfloor_siem_v1_CreateSuppressionRequest__Output } from '../../../watchfloor/siem/v1/CreateSuppressionRequest';
import type { CreateSuppressionResponse as _watchfloor_siem_v1_CreateSuppressionResponse, CreateSuppressionResponse__Output as _watchfloor_siem_v1_CreateSuppressionResponse__Output } from '../../../watchfloor/siem/v1/CreateSuppressionResponse';
import type { GetAlertEventsRequest as _watchfloor_siem_v1_GetAlertEventsRequest, GetAlertEventsRequest__Output as _watchfloor_siem_v1_GetAlertEventsRequest__Output } from '../../../watchfloor/siem/v1/GetAlertEventsRequest';
import type { GetAlertEventsResponse as _watchfloor_siem_v1_GetAlertEventsResponse, GetAlertEventsResponse__Output as _watchfloor_siem_v1_GetAlertEventsResponse__Output } from '../../../watchfloor/siem/v1/GetAlertEventsResponse';
import type { GetIngestStatsRequest as _watchfloor_siem_v1_GetIngestStatsRequest, GetIngestStatsRequest__Output as _watchfloor_siem_v1_GetIngestStatsRequest__Output } from '../../../watchfloor/siem/v1/GetIngestStatsRequest';
import type { GetIngestStatsResponse as _watchfloor_siem_v1_GetIngestStatsResponse, GetIngestStatsResponse__Output as _watchfloor_siem_v1_GetIngestStatsResponse__Output } from '../../../watchfloor/siem/v1/GetIngestStatsResponse';
import type { GetSocMetricsRequest as _watchfloor_siem_v1_GetSocMetricsRequest, GetSocMetricsRequest__Output as _watchfloor_siem_v1_GetSocMetricsRequest__Output } from '../../../watchfloor/siem/v1/GetSocMetricsRequest';
import type { GetSocMetricsResponse as _watchfloor_siem_v1_GetSocMetricsResponse, GetSocMetricsResponse__Output as _watchfloor_siem_v1_GetSocMetricsResponse__Output } from '../../../watchfloor/siem/v1/GetSocMetricsResponse';
import type { IngestEventsRequest as _watchfloor_siem_v1_IngestEventsRequest, IngestEventsRequest__Output as _watchfloor_siem_v1_IngestEventsRequest__Output } from '../../../watchfloor/siem/v1/IngestEventsRequest';
import type { IngestEventsResponse as _watchfloor_siem_v1_IngestEventsResponse, IngestEventsResponse__Output as _watchfloor_siem_v1_IngestEventsResponse__Output } from '../../../watchfloor/siem/v1/IngestEventsResponse';
import type { ListAlertsRequest as _watchfloor_siem_v1_ListAlertsRequest, ListAlertsRequest__Output as _watchfloor_siem_v1_ListAlertsRequest__Output } from '../../../watchfloor/siem/v1/ListAlertsRequest';
import type { ListAlertsResponse as _watchfloor_siem_v1_ListAlertsResponse, ListAlertsResponse__Output as _watchfloor_siem_v1_ListAlertsResponse__Output } from '../../../watchfloor/siem/v1/ListAlertsResponse';
import type { ListCasesRequest as _watchfloor_siem_v1_ListCasesRequest, ListCasesRequest__Output as _watchfloor_siem_v1_ListCasesRequest__Output } from '../../../watchfloor/siem/v1/ListCasesRequest';
import type { ListCasesResponse as _watchfloor_siem_v1_ListCasesResponse, ListCasesResponse__Output as _watchfloor_siem_v1_ListCasesResponse__Output } from '../../../watchfloor/siem/v1/ListCasesResponse';
import type { ListSuppressionsRequest as _watchfloor_siem_v1_ListSuppressionsRequest, ListSuppressionsRequest__Output as _watchfloor_siem_v1_ListSuppressionsRequest__Output } from '../../../watchfloor/siem/v1/ListSuppressionsRequest';
import type { ListSuppressionsResponse as _watchfloor_siem_v1_ListSuppressionsResponse, ListSuppressionsResponse__Output as _watchfloor_siem_v1_ListSuppressionsResponse__Output } from '../../../watchfloor/siem/v1/ListSuppressionsResponse';
import type { PreviewSuppressionRequest as _watchfloor_siem_v1_PreviewSuppressionRequest, PreviewSuppressionRequest__Output as _watchfloor_siem_v1_PreviewSuppressionRequest__Output } from '../../../watchfloor/siem/v1/PreviewSuppressionRequest';
import type { PreviewSuppressionResponse as _watchfloor_siem_v1_PreviewSuppressionResponse, PreviewSuppressionResponse__Output as _watchfloor_siem_v1_PreviewSuppressionResponse__Output } from '../../../watchfloor/siem/v1/PreviewSuppressionResponse';
import type { UpdateAlertRequest as _watchfloor_siem_v1_UpdateAlertRequest, UpdateAlertRequest__Output as _watchfloor_siem_v1_UpdateAlertRequest__Output } from '../../../watchfloor/siem/v1/UpdateAlertRequest';
import type { UpdateAlertResponse as _watchfloor_siem_v1_UpdateAlertResponse, UpdateAlertResponse__Output as _watchfloor_siem_v1_UpdateAlertResponse__Output } from '../../../watchfloor/siem/v1/UpdateAlertResponse';
import type { UpdateCaseRequest as _watchfloor_siem_v1_UpdateCaseRequest, UpdateCaseRequest__Output as _watchfloor_siem_v1_UpdateCaseRequest__Output } from '../../../watchfloor/siem/v1/UpdateCaseRequest';
import type { UpdateCaseResponse as _watchfloor_siem_v1_UpdateCaseResponse, UpdateCaseResponse__Output as _watchfloor_siem_v1_UpdateCaseResponse__Output } from '../../../watchfloor/siem/v1/UpdateCaseResponse';
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
  
  CreateCase(argument: _watchfloor_siem_v1_CreateCaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateCaseResponse__Output>): grpc.ClientUnaryCall;
  CreateCase(argument: _watchfloor_siem_v1_CreateCaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateCaseResponse__Output>): grpc.ClientUnaryCall;
  CreateCase(argument: _watchfloor_siem_v1_CreateCaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateCaseResponse__Output>): grpc.ClientUnaryCall;
  CreateCase(argument: _watchfloor_siem_v1_CreateCaseRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateCaseResponse__Output>): grpc.ClientUnaryCall;
  createCase(argument: _watchfloor_siem_v1_CreateCaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateCaseResponse__Output>): grpc.ClientUnaryCall;
  createCase(argument: _watchfloor_siem_v1_CreateCaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateCaseResponse__Output>): grpc.ClientUnaryCall;
  createCase(argument: _watchfloor_siem_v1_CreateCaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateCaseResponse__Output>): grpc.ClientUnaryCall;
  createCase(argument: _watchfloor_siem_v1_CreateCaseRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateCaseResponse__Output>): grpc.ClientUnaryCall;
  
  CreateSuppression(argument: _watchfloor_siem_v1_CreateSuppressionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateSuppressionResponse__Output>): grpc.ClientUnaryCall;
  CreateSuppression(argument: _watchfloor_siem_v1_CreateSuppressionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateSuppressionResponse__Output>): grpc.ClientUnaryCall;
  CreateSuppression(argument: _watchfloor_siem_v1_CreateSuppressionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateSuppressionResponse__Output>): grpc.ClientUnaryCall;
  CreateSuppression(argument: _watchfloor_siem_v1_CreateSuppressionRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateSuppressionResponse__Output>): grpc.ClientUnaryCall;
  createSuppression(argument: _watchfloor_siem_v1_CreateSuppressionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateSuppressionResponse__Output>): grpc.ClientUnaryCall;
  createSuppression(argument: _watchfloor_siem_v1_CreateSuppressionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateSuppressionResponse__Output>): grpc.ClientUnaryCall;
  createSuppression(argument: _watchfloor_siem_v1_CreateSuppressionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateSuppressionResponse__Output>): grpc.ClientUnaryCall;
  createSuppression(argument: _watchfloor_siem_v1_CreateSuppressionRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_CreateSuppressionResponse__Output>): grpc.ClientUnaryCall;
  
  GetAlertEvents(argument: _watchfloor_siem_v1_GetAlertEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  GetAlertEvents(argument: _watchfloor_siem_v1_GetAlertEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_GetAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  GetAlertEvents(argument: _watchfloor_siem_v1_GetAlertEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  GetAlertEvents(argument: _watchfloor_siem_v1_GetAlertEventsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_GetAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  getAlertEvents(argument: _watchfloor_siem_v1_GetAlertEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  getAlertEvents(argument: _watchfloor_siem_v1_GetAlertEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_GetAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  getAlertEvents(argument: _watchfloor_siem_v1_GetAlertEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  getAlertEvents(argument: _watchfloor_siem_v1_GetAlertEventsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_GetAlertEventsResponse__Output>): grpc.ClientUnaryCall;
  
  GetIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  GetIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  GetIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  GetIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  getIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  getIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  getIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  getIngestStats(argument: _watchfloor_siem_v1_GetIngestStatsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_GetIngestStatsResponse__Output>): grpc.ClientUnaryCall;
  
  GetSocMetrics(argument: _watchfloor_siem_v1_GetSocMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetSocMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetSocMetrics(argument: _watchfloor_siem_v1_GetSocMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_GetSocMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetSocMetrics(argument: _watchfloor_siem_v1_GetSocMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetSocMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetSocMetrics(argument: _watchfloor_siem_v1_GetSocMetricsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_GetSocMetricsResponse__Output>): grpc.ClientUnaryCall;
  getSocMetrics(argument: _watchfloor_siem_v1_GetSocMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetSocMetricsResponse__Output>): grpc.ClientUnaryCall;
  getSocMetrics(argument: _watchfloor_siem_v1_GetSocMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_GetSocMetricsResponse__Output>): grpc.ClientUnaryCall;
  getSocMetrics(argument: _watchfloor_siem_v1_GetSocMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_GetSocMetricsResponse__Output>): grpc.ClientUnaryCall;
  getSocMetrics(argument: _watchfloor_siem_v1_GetSocMetricsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_GetSocMetricsResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  ListCases(argument: _watchfloor_siem_v1_ListCasesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_ListCasesResponse__Output>): grpc.ClientUnaryCall;
  ListCases(argument: _watchfloor_siem_v1_ListCasesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_ListCasesResponse__Output>): grpc.ClientUnaryCall;
  ListCases(argument: _watchfloor_siem_v1_ListCasesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_ListCasesResponse__Output>): grpc.ClientUnaryCall;
  ListCases(argument: _watchfloor_siem_v1_ListCasesRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_ListCasesResponse__Output>): grpc.ClientUnaryCall;
  listCases(argument: _watchfloor_siem_v1_ListCasesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_ListCasesResponse__Output>): grpc.ClientUnaryCall;
  listCases(argument: _watchfloor_siem_v1_ListCasesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_ListCasesResponse__Output>): grpc.ClientUnaryCall;
  listCases(argument: _watchfloor_siem_v1_ListCasesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_ListCasesResponse__Output>): grpc.ClientUnaryCall;
  listCases(argument: _watchfloor_siem_v1_ListCasesRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_ListCasesResponse__Output>): grpc.ClientUnaryCall;
  
  ListSuppressions(argument: _watchfloor_siem_v1_ListSuppressionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_ListSuppressionsResponse__Output>): grpc.ClientUnaryCall;
  ListSuppressions(argument: _watchfloor_siem_v1_ListSuppressionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_ListSuppressionsResponse__Output>): grpc.ClientUnaryCall;
  ListSuppressions(argument: _watchfloor_siem_v1_ListSuppressionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_ListSuppressionsResponse__Output>): grpc.ClientUnaryCall;
  ListSuppressions(argument: _watchfloor_siem_v1_ListSuppressionsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_ListSuppressionsResponse__Output>): grpc.ClientUnaryCall;
  listSuppressions(argument: _watchfloor_siem_v1_ListSuppressionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_ListSuppressionsResponse__Output>): grpc.ClientUnaryCall;
  listSuppressions(argument: _watchfloor_siem_v1_ListSuppressionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_ListSuppressionsResponse__Output>): grpc.ClientUnaryCall;
  listSuppressions(argument: _watchfloor_siem_v1_ListSuppressionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_ListSuppressionsResponse__Output>): grpc.ClientUnaryCall;
  listSuppressions(argument: _watchfloor_siem_v1_ListSuppressionsRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_ListSuppressionsResponse__Output>): grpc.ClientUnaryCall;
  
  PreviewSuppression(argument: _watchfloor_siem_v1_PreviewSuppressionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_PreviewSuppressionResponse__Output>): grpc.ClientUnaryCall;
  PreviewSuppression(argument: _watchfloor_siem_v1_PreviewSuppressionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_PreviewSuppressionResponse__Output>): grpc.ClientUnaryCall;
  PreviewSuppression(argument: _watchfloor_siem_v1_PreviewSuppressionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_PreviewSuppressionResponse__Output>): grpc.ClientUnaryCall;
  PreviewSuppression(argument: _watchfloor_siem_v1_PreviewSuppressionRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_PreviewSuppressionResponse__Output>): grpc.ClientUnaryCall;
  previewSuppression(argument: _watchfloor_siem_v1_PreviewSuppressionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_PreviewSuppressionResponse__Output>): grpc.ClientUnaryCall;
  previewSuppression(argument: _watchfloor_siem_v1_PreviewSuppressionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_PreviewSuppressionResponse__Output>): grpc.ClientUnaryCall;
  previewSuppression(argument: _watchfloor_siem_v1_PreviewSuppressionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_PreviewSuppressionResponse__Output>): grpc.ClientUnaryCall;
  previewSuppression(argument: _watchfloor_siem_v1_PreviewSuppressionRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_PreviewSuppressionResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateAlert(argument: _watchfloor_siem_v1_UpdateAlertRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateAlertResponse__Output>): grpc.ClientUnaryCall;
  UpdateAlert(argument: _watchfloor_siem_v1_UpdateAlertRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateAlertResponse__Output>): grpc.ClientUnaryCall;
  UpdateAlert(argument: _watchfloor_siem_v1_UpdateAlertRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateAlertResponse__Output>): grpc.ClientUnaryCall;
  UpdateAlert(argument: _watchfloor_siem_v1_UpdateAlertRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateAlertResponse__Output>): grpc.ClientUnaryCall;
  updateAlert(argument: _watchfloor_siem_v1_UpdateAlertRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateAlertResponse__Output>): grpc.ClientUnaryCall;
  updateAlert(argument: _watchfloor_siem_v1_UpdateAlertRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateAlertResponse__Output>): grpc.ClientUnaryCall;
  updateAlert(argument: _watchfloor_siem_v1_UpdateAlertRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateAlertResponse__Output>): grpc.ClientUnaryCall;
  updateAlert(argument: _watchfloor_siem_v1_UpdateAlertRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateAlertResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateCase(argument: _watchfloor_siem_v1_UpdateCaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateCaseResponse__Output>): grpc.ClientUnaryCall;
  UpdateCase(argument: _watchfloor_siem_v1_UpdateCaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateCaseResponse__Output>): grpc.ClientUnaryCall;
  UpdateCase(argument: _watchfloor_siem_v1_UpdateCaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateCaseResponse__Output>): grpc.ClientUnaryCall;
  UpdateCase(argument: _watchfloor_siem_v1_UpdateCaseRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateCaseResponse__Output>): grpc.ClientUnaryCall;
  updateCase(argument: _watchfloor_siem_v1_UpdateCaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateCaseResponse__Output>): grpc.ClientUnaryCall;
  updateCase(argument: _watchfloor_siem_v1_UpdateCaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateCaseResponse__Output>): grpc.ClientUnaryCall;
  updateCase(argument: _watchfloor_siem_v1_UpdateCaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateCaseResponse__Output>): grpc.ClientUnaryCall;
  updateCase(argument: _watchfloor_siem_v1_UpdateCaseRequest, callback: grpc.requestCallback<_watchfloor_siem_v1_UpdateCaseResponse__Output>): grpc.ClientUnaryCall;
  
  WatchAlerts(argument: _watchfloor_siem_v1_WatchAlertsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_siem_v1_AlertEvent__Output>;
  WatchAlerts(argument: _watchfloor_siem_v1_WatchAlertsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_siem_v1_AlertEvent__Output>;
  watchAlerts(argument: _watchfloor_siem_v1_WatchAlertsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_siem_v1_AlertEvent__Output>;
  watchAlerts(argument: _watchfloor_siem_v1_WatchAlertsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_siem_v1_AlertEvent__Output>;
  
}

export interface SiemServiceHandlers extends grpc.UntypedServiceImplementation {
  AcknowledgeAlert: grpc.handleUnaryCall<_watchfloor_siem_v1_AcknowledgeAlertRequest__Output, _watchfloor_siem_v1_AcknowledgeAlertResponse>;
  
  CreateCase: grpc.handleUnaryCall<_watchfloor_siem_v1_CreateCaseRequest__Output, _watchfloor_siem_v1_CreateCaseResponse>;
  
  CreateSuppression: grpc.handleUnaryCall<_watchfloor_siem_v1_CreateSuppressionRequest__Output, _watchfloor_siem_v1_CreateSuppressionResponse>;
  
  GetAlertEvents: grpc.handleUnaryCall<_watchfloor_siem_v1_GetAlertEventsRequest__Output, _watchfloor_siem_v1_GetAlertEventsResponse>;
  
  GetIngestStats: grpc.handleUnaryCall<_watchfloor_siem_v1_GetIngestStatsRequest__Output, _watchfloor_siem_v1_GetIngestStatsResponse>;
  
  GetSocMetrics: grpc.handleUnaryCall<_watchfloor_siem_v1_GetSocMetricsRequest__Output, _watchfloor_siem_v1_GetSocMetricsResponse>;
  
  IngestEvents: grpc.handleUnaryCall<_watchfloor_siem_v1_IngestEventsRequest__Output, _watchfloor_siem_v1_IngestEventsResponse>;
  
  ListAlerts: grpc.handleUnaryCall<_watchfloor_siem_v1_ListAlertsRequest__Output, _watchfloor_siem_v1_ListAlertsResponse>;
  
  ListCases: grpc.handleUnaryCall<_watchfloor_siem_v1_ListCasesRequest__Output, _watchfloor_siem_v1_ListCasesResponse>;
  
  ListSuppressions: grpc.handleUnaryCall<_watchfloor_siem_v1_ListSuppressionsRequest__Output, _watchfloor_siem_v1_ListSuppressionsResponse>;
  
  PreviewSuppression: grpc.handleUnaryCall<_watchfloor_siem_v1_PreviewSuppressionRequest__Output, _watchfloor_siem_v1_PreviewSuppressionResponse>;
  
  UpdateAlert: grpc.handleUnaryCall<_watchfloor_siem_v1_UpdateAlertRequest__Output, _watchfloor_siem_v1_UpdateAlertResponse>;
  
  UpdateCase: grpc.handleUnaryCall<_watchfloor_siem_v1_UpdateCaseRequest__Output, _watchfloor_siem_v1_UpdateCaseResponse>;
  
  WatchAlerts: grpc.handleServerStreamingCall<_watchfloor_siem_v1_WatchAlertsRequest__Output, _watchfloor_siem_v1_AlertEvent>;
  
}

export interface SiemServiceDefinition extends grpc.ServiceDefinition {
  AcknowledgeAlert: MethodDefinition<_watchfloor_siem_v1_AcknowledgeAlertRequest, _watchfloor_siem_v1_AcknowledgeAlertResponse, _watchfloor_siem_v1_AcknowledgeAlertRequest__Output, _watchfloor_siem_v1_AcknowledgeAlertResponse__Output>
  CreateCase: MethodDefinition<_watchfloor_siem_v1_CreateCaseRequest, _watchfloor_siem_v1_CreateCaseResponse, _watchfloor_siem_v1_CreateCaseRequest__Output, _watchfloor_siem_v1_CreateCaseResponse__Output>
  CreateSuppression: MethodDefinition<_watchfloor_siem_v1_CreateSuppressionRequest, _watchfloor_siem_v1_CreateSuppressionResponse, _watchfloor_siem_v1_CreateSuppressionRequest__Output, _watchfloor_siem_v1_CreateSuppressionResponse__Output>
  GetAlertEvents: MethodDefinition<_watchfloor_siem_v1_GetAlertEventsRequest, _watchfloor_siem_v1_GetAlertEventsResponse, _watchfloor_siem_v1_GetAlertEventsRequest__Output, _watchfloor_siem_v1_GetAlertEventsResponse__Output>
  GetIngestStats: MethodDefinition<_watchfloor_siem_v1_GetIngestStatsRequest, _watchfloor_siem_v1_GetIngestStatsResponse, _watchfloor_siem_v1_GetIngestStatsRequest__Output, _watchfloor_siem_v1_GetIngestStatsResponse__Output>
  GetSocMetrics: MethodDefinition<_watchfloor_siem_v1_GetSocMetricsRequest, _watchfloor_siem_v1_GetSocMetricsResponse, _watchfloor_siem_v1_GetSocMetricsRequest__Output, _watchfloor_siem_v1_GetSocMetricsResponse__Output>
  IngestEvents: MethodDefinition<_watchfloor_siem_v1_IngestEventsRequest, _watchfloor_siem_v1_IngestEventsResponse, _watchfloor_siem_v1_IngestEventsRequest__Output, _watchfloor_siem_v1_IngestEventsResponse__Output>
  ListAlerts: MethodDefinition<_watchfloor_siem_v1_ListAlertsRequest, _watchfloor_siem_v1_ListAlertsResponse, _watchfloor_siem_v1_ListAlertsRequest__Output, _watchfloor_siem_v1_ListAlertsResponse__Output>
  ListCases: MethodDefinition<_watchfloor_siem_v1_ListCasesRequest, _watchfloor_siem_v1_ListCasesResponse, _watchfloor_siem_v1_ListCasesRequest__Output, _watchfloor_siem_v1_ListCasesResponse__Output>
  ListSuppressions: MethodDefinition<_watchfloor_siem_v1_ListSuppressionsRequest, _watchfloor_siem_v1_ListSuppressionsResponse, _watchfloor_siem_v1_ListSuppressionsRequest__Output, _watchfloor_siem_v1_ListSuppressionsResponse__Output>
  PreviewSuppression: MethodDefinition<_watchfloor_siem_v1_PreviewSuppressionRequest, _watchfloor_siem_v1_PreviewSuppressionResponse, _watchfloor_siem_v1_PreviewSuppressionRequest__Output, _watchfloor_siem_v1_PreviewSuppressionResponse__Output>
  UpdateAlert: MethodDefinition<_watchfloor_siem_v1_UpdateAlertRequest, _watchfloor_siem_v1_UpdateAlertResponse, _watchfloor_siem_v1_UpdateAlertRequest__Output, _watchfloor_siem_v1_UpdateAlertResponse__Output>
  UpdateCase: MethodDefinition<_watchfloor_siem_v1_UpdateCaseRequest, _watchfloor_siem_v1_UpdateCaseResponse, _watchfloor_siem_v1_UpdateCaseRequest__Output, _watchfloor_siem_v1_UpdateCaseResponse__Output>
  WatchAlerts: MethodDefinition<_watchfloor_siem_v1_WatchAlertsRequest, _watchfloor_siem_v1_AlertEvent, _watchfloor_siem_v1_WatchAlertsRequest__Output, _watchfloor_siem_v1_AlertEvent__Output>
}
