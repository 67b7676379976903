// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddIncidentNoteRequest as _watchfloor_dispatch_v1_AddIncidentNoteRequest, AddIncidentNoteRequest__Output as _watchfloor_dispatch_v1_AddIncidentNoteRequest__Output } from '../../../watchfloor/dispatch/v1/AddIncidentNoteRequest';
import type { AddIncidentNoteResponse as _watchfloor_dispatch_v1_AddIncidentNoteResponse, AddIncidentNoteResponse__Output as _watchfloor_dispatch_v1_AddIncidentNoteResponse__Output } from '../../../watchfloor/dispatch/v1/AddIncidentNoteResponse';
import type { AssignUnitsRequest as _watchfloor_dispatch_v1_AssignUnitsRequest, AssignUnitsRequest__Output as _watchfloor_dispatch_v1_AssignUnitsRequest__Output } from '../../../watchfloor/dispatch/v1/AssignUnitsRequest';
import type { AssignUnitsResponse as _watchfloor_dispatch_v1_AssignUnitsResponse, AssignUnitsResponse__Output as _watchfloor_dispatch_v1_AssignUnitsResponse__Output } from '../../../watchfloor/dispatch/v1/AssignUnitsResponse';
import type { CreateIncidentRequest as _watchfloor_dispatch_v1_CreateIncidentRequest, CreateIncidentRequest__Output as _watchfloor_dispatch_v1_CreateIncidentRequest__Output } from '../../../watchfloor/dispatch/v1/CreateIncidentRequest';
import type { CreateIncidentResponse as _watchfloor_dispatch_v1_CreateIncidentResponse, CreateIncidentResponse__Output as _watchfloor_dispatch_v1_CreateIncidentResponse__Output } from '../../../watchfloor/dispatch/v1/CreateIncidentResponse';
import type { DispatchEvent as _watchfloor_dispatch_v1_DispatchEvent, DispatchEvent__Output as _watchfloor_dispatch_v1_DispatchEvent__Output } from '../../../watchfloor/dispatch/v1/DispatchEvent';
import type { GetIncidentTimelineRequest as _watchfloor_dispatch_v1_GetIncidentTimelineRequest, GetIncidentTimelineRequest__Output as _watchfloor_dispatch_v1_GetIncidentTimelineRequest__Output } from '../../../watchfloor/dispatch/v1/GetIncidentTimelineRequest';
import type { GetIncidentTimelineResponse as _watchfloor_dispatch_v1_GetIncidentTimelineResponse, GetIncidentTimelineResponse__Output as _watchfloor_dispatch_v1_GetIncidentTimelineResponse__Output } from '../../../watchfloor/dispatch/v1/GetIncidentTimelineResponse';
import type { ListIncidentsRequest as _watchfloor_dispatch_v1_ListIncidentsRequest, ListIncidentsRequest__Output as _watchfloor_dispatch_v1_ListIncidentsRequest__Output } from '../../../watchfloor/dispatch/v1/ListIncidentsRequest';
import type { ListIncidentsResponse as _watchfloor_dispatch_v1_ListIncidentsResponse, ListIncidentsResponse__Output as _watchfloor_dispatch_v1_ListIncidentsResponse__Output } from '../../../watchfloor/dispatch/v1/ListIncidentsResponse';
import type { ListUnitsRequest as _watchfloor_dispatch_v1_ListUnitsRequest, ListUnitsRequest__Output as _watchfloor_dispatch_v1_ListUnitsRequest__Output } from '../../../watchfloor/dispatch/v1/ListUnitsRequest';
import type { ListUnitsResponse as _watchfloor_dispatch_v1_ListUnitsResponse, ListUnitsResponse__Output as _watchfloor_dispatch_v1_ListUnitsResponse__Output } from '../../../watchfloor/dispatch/v1/ListUnitsResponse';
import type { MergeIncidentsRequest as _watchfloor_dispatch_v1_MergeIncidentsRequest, MergeIncidentsRequest__Output as _watchfloor_dispatch_v1_MergeIncidentsRequest__Output } from '../../../watchfloor/dispatch/v1/MergeIncidentsRequest';
import type { MergeIncidentsResponse as _watchfloor_dispatch_v1_MergeIncidentsResponse, MergeIncidentsResponse__Output as _watchfloor_dispatch_v1_MergeIncidentsResponse__Output } from '../../../watchfloor/dispatch/v1/MergeIncidentsResponse';
import type { NotifyWardRequest as _watchfloor_dispatch_v1_NotifyWardRequest, NotifyWardRequest__Output as _watchfloor_dispatch_v1_NotifyWardRequest__Output } from '../../../watchfloor/dispatch/v1/NotifyWardRequest';
import type { NotifyWardResponse as _watchfloor_dispatch_v1_NotifyWardResponse, NotifyWardResponse__Output as _watchfloor_dispatch_v1_NotifyWardResponse__Output } from '../../../watchfloor/dispatch/v1/NotifyWardResponse';
import type { RecommendUnitsRequest as _watchfloor_dispatch_v1_RecommendUnitsRequest, RecommendUnitsRequest__Output as _watchfloor_dispatch_v1_RecommendUnitsRequest__Output } from '../../../watchfloor/dispatch/v1/RecommendUnitsRequest';
import type { RecommendUnitsResponse as _watchfloor_dispatch_v1_RecommendUnitsResponse, RecommendUnitsResponse__Output as _watchfloor_dispatch_v1_RecommendUnitsResponse__Output } from '../../../watchfloor/dispatch/v1/RecommendUnitsResponse';
import type { ReleaseUnitRequest as _watchfloor_dispatch_v1_ReleaseUnitRequest, ReleaseUnitRequest__Output as _watchfloor_dispatch_v1_ReleaseUnitRequest__Output } from '../../../watchfloor/dispatch/v1/ReleaseUnitRequest';
import type { ReleaseUnitResponse as _watchfloor_dispatch_v1_ReleaseUnitResponse, ReleaseUnitResponse__Output as _watchfloor_dispatch_v1_ReleaseUnitResponse__Output } from '../../../watchfloor/dispatch/v1/ReleaseUnitResponse';
import type { ReportUnitPositionRequest as _watchfloor_dispatch_v1_ReportUnitPositionRequest, ReportUnitPositionRequest__Output as _watchfloor_dispatch_v1_ReportUnitPositionRequest__Output } from '../../../watchfloor/dispatch/v1/ReportUnitPositionRequest';
import type { ReportUnitPositionResponse as _watchfloor_dispatch_v1_ReportUnitPositionResponse, ReportUnitPositionResponse__Output as _watchfloor_dispatch_v1_ReportUnitPositionResponse__Output } from '../../../watchfloor/dispatch/v1/ReportUnitPositionResponse';
import type { SubmitCitizenReportRequest as _watchfloor_dispatch_v1_SubmitCitizenReportRequest, SubmitCitizenReportRequest__Output as _watchfloor_dispatch_v1_SubmitCitizenReportRequest__Output } from '../../../watchfloor/dispatch/v1/SubmitCitizenReportRequest';
import type { SubmitCitizenReportResponse as _watchfloor_dispatch_v1_SubmitCitizenReportResponse, SubmitCitizenReportResponse__Output as _watchfloor_dispatch_v1_SubmitCitizenReportResponse__Output } from '../../../watchfloor/dispatch/v1/SubmitCitizenReportResponse';
import type { TickSopStepRequest as _watchfloor_dispatch_v1_TickSopStepRequest, TickSopStepRequest__Output as _watchfloor_dispatch_v1_TickSopStepRequest__Output } from '../../../watchfloor/dispatch/v1/TickSopStepRequest';
import type { TickSopStepResponse as _watchfloor_dispatch_v1_TickSopStepResponse, TickSopStepResponse__Output as _watchfloor_dispatch_v1_TickSopStepResponse__Output } from '../../../watchfloor/dispatch/v1/TickSopStepResponse';
import type { UpdateIncidentStatusRequest as _watchfloor_dispatch_v1_UpdateIncidentStatusRequest, UpdateIncidentStatusRequest__Output as _watchfloor_dispatch_v1_UpdateIncidentStatusRequest__Output } from '../../../watchfloor/dispatch/v1/UpdateIncidentStatusRequest';
import type { UpdateIncidentStatusResponse as _watchfloor_dispatch_v1_UpdateIncidentStatusResponse, UpdateIncidentStatusResponse__Output as _watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output } from '../../../watchfloor/dispatch/v1/UpdateIncidentStatusResponse';
import type { WatchDispatchRequest as _watchfloor_dispatch_v1_WatchDispatchRequest, WatchDispatchRequest__Output as _watchfloor_dispatch_v1_WatchDispatchRequest__Output } from '../../../watchfloor/dispatch/v1/WatchDispatchRequest';

export interface DispatchServiceClient extends grpc.Client {
  AddIncidentNote(argument: _watchfloor_dispatch_v1_AddIncidentNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AddIncidentNoteResponse__Output>): grpc.ClientUnaryCall;
  AddIncidentNote(argument: _watchfloor_dispatch_v1_AddIncidentNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AddIncidentNoteResponse__Output>): grpc.ClientUnaryCall;
  AddIncidentNote(argument: _watchfloor_dispatch_v1_AddIncidentNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AddIncidentNoteResponse__Output>): grpc.ClientUnaryCall;
  AddIncidentNote(argument: _watchfloor_dispatch_v1_AddIncidentNoteRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AddIncidentNoteResponse__Output>): grpc.ClientUnaryCall;
  addIncidentNote(argument: _watchfloor_dispatch_v1_AddIncidentNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AddIncidentNoteResponse__Output>): grpc.ClientUnaryCall;
  addIncidentNote(argument: _watchfloor_dispatch_v1_AddIncidentNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AddIncidentNoteResponse__Output>): grpc.ClientUnaryCall;
  addIncidentNote(argument: _watchfloor_dispatch_v1_AddIncidentNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AddIncidentNoteResponse__Output>): grpc.ClientUnaryCall;
  addIncidentNote(argument: _watchfloor_dispatch_v1_AddIncidentNoteRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AddIncidentNoteResponse__Output>): grpc.ClientUnaryCall;
  
  AssignUnits(argument: _watchfloor_dispatch_v1_AssignUnitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AssignUnitsResponse__Output>): grpc.ClientUnaryCall;
  AssignUnits(argument: _watchfloor_dispatch_v1_AssignUnitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AssignUnitsResponse__Output>): grpc.ClientUnaryCall;
  AssignUnits(argument: _watchfloor_dispatch_v1_AssignUnitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AssignUnitsResponse__Output>): grpc.ClientUnaryCall;
  AssignUnits(argument: _watchfloor_dispatch_v1_AssignUnitsRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AssignUnitsResponse__Output>): grpc.ClientUnaryCall;
  assignUnits(argument: _watchfloor_dispatch_v1_AssignUnitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AssignUnitsResponse__Output>): grpc.ClientUnaryCall;
  assignUnits(argument: _watchfloor_dispatch_v1_AssignUnitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AssignUnitsResponse__Output>): grpc.ClientUnaryCall;
  assignUnits(argument: _watchfloor_dispatch_v1_AssignUnitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AssignUnitsResponse__Output>): grpc.ClientUnaryCall;
  assignUnits(argument: _watchfloor_dispatch_v1_AssignUnitsRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_AssignUnitsResponse__Output>): grpc.ClientUnaryCall;
  
  CreateIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  CreateIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  CreateIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  CreateIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  createIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  createIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  createIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  createIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  
  GetIncidentTimeline(argument: _watchfloor_dispatch_v1_GetIncidentTimelineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_GetIncidentTimelineResponse__Output>): grpc.ClientUnaryCall;
  GetIncidentTimeline(argument: _watchfloor_dispatch_v1_GetIncidentTimelineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_GetIncidentTimelineResponse__Output>): grpc.ClientUnaryCall;
  GetIncidentTimeline(argument: _watchfloor_dispatch_v1_GetIncidentTimelineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_GetIncidentTimelineResponse__Output>): grpc.ClientUnaryCall;
  GetIncidentTimeline(argument: _watchfloor_dispatch_v1_GetIncidentTimelineRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_GetIncidentTimelineResponse__Output>): grpc.ClientUnaryCall;
  getIncidentTimeline(argument: _watchfloor_dispatch_v1_GetIncidentTimelineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_GetIncidentTimelineResponse__Output>): grpc.ClientUnaryCall;
  getIncidentTimeline(argument: _watchfloor_dispatch_v1_GetIncidentTimelineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_GetIncidentTimelineResponse__Output>): grpc.ClientUnaryCall;
  getIncidentTimeline(argument: _watchfloor_dispatch_v1_GetIncidentTimelineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_GetIncidentTimelineResponse__Output>): grpc.ClientUnaryCall;
  getIncidentTimeline(argument: _watchfloor_dispatch_v1_GetIncidentTimelineRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_GetIncidentTimelineResponse__Output>): grpc.ClientUnaryCall;
  
  ListIncidents(argument: _watchfloor_dispatch_v1_ListIncidentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListIncidentsResponse__Output>): grpc.ClientUnaryCall;
  ListIncidents(argument: _watchfloor_dispatch_v1_ListIncidentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListIncidentsResponse__Output>): grpc.ClientUnaryCall;
  ListIncidents(argument: _watchfloor_dispatch_v1_ListIncidentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListIncidentsResponse__Output>): grpc.ClientUnaryCall;
  ListIncidents(argument: _watchfloor_dispatch_v1_ListIncidentsRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListIncidentsResponse__Output>): grpc.ClientUnaryCall;
  listIncidents(argument: _watchfloor_dispatch_v1_ListIncidentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListIncidentsResponse__Output>): grpc.ClientUnaryCall;
  listIncidents(argument: _watchfloor_dispatch_v1_ListIncidentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListIncidentsResponse__Output>): grpc.ClientUnaryCall;
  listIncidents(argument: _watchfloor_dispatch_v1_ListIncidentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListIncidentsResponse__Output>): grpc.ClientUnaryCall;
  listIncidents(argument: _watchfloor_dispatch_v1_ListIncidentsRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListIncidentsResponse__Output>): grpc.ClientUnaryCall;
  
  ListUnits(argument: _watchfloor_dispatch_v1_ListUnitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  ListUnits(argument: _watchfloor_dispatch_v1_ListUnitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  ListUnits(argument: _watchfloor_dispatch_v1_ListUnitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  ListUnits(argument: _watchfloor_dispatch_v1_ListUnitsRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  listUnits(argument: _watchfloor_dispatch_v1_ListUnitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  listUnits(argument: _watchfloor_dispatch_v1_ListUnitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  listUnits(argument: _watchfloor_dispatch_v1_ListUnitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  listUnits(argument: _watchfloor_dispatch_v1_ListUnitsRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  
  MergeIncidents(argument: _watchfloor_dispatch_v1_MergeIncidentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_MergeIncidentsResponse__Output>): grpc.ClientUnaryCall;
  MergeIncidents(argument: _watchfloor_dispatch_v1_MergeIncidentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_MergeIncidentsResponse__Output>): grpc.ClientUnaryCall;
  MergeIncidents(argument: _watchfloor_dispatch_v1_MergeIncidentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_MergeIncidentsResponse__Output>): grpc.ClientUnaryCall;
  MergeIncidents(argument: _watchfloor_dispatch_v1_MergeIncidentsRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_MergeIncidentsResponse__Output>): grpc.ClientUnaryCall;
  mergeIncidents(argument: _watchfloor_dispatch_v1_MergeIncidentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_MergeIncidentsResponse__Output>): grpc.ClientUnaryCall;
  mergeIncidents(argument: _watchfloor_dispatch_v1_MergeIncidentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_MergeIncidentsResponse__Output>): grpc.ClientUnaryCall;
  mergeIncidents(argument: _watchfloor_dispatch_v1_MergeIncidentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_MergeIncidentsResponse__Output>): grpc.ClientUnaryCall;
  mergeIncidents(argument: _watchfloor_dispatch_v1_MergeIncidentsRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_MergeIncidentsResponse__Output>): grpc.ClientUnaryCall;
  
  NotifyWard(argument: _watchfloor_dispatch_v1_NotifyWardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_NotifyWardResponse__Output>): grpc.ClientUnaryCall;
  NotifyWard(argument: _watchfloor_dispatch_v1_NotifyWardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_NotifyWardResponse__Output>): grpc.ClientUnaryCall;
  NotifyWard(argument: _watchfloor_dispatch_v1_NotifyWardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_NotifyWardResponse__Output>): grpc.ClientUnaryCall;
  NotifyWard(argument: _watchfloor_dispatch_v1_NotifyWardRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_NotifyWardResponse__Output>): grpc.ClientUnaryCall;
  notifyWard(argument: _watchfloor_dispatch_v1_NotifyWardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_NotifyWardResponse__Output>): grpc.ClientUnaryCall;
  notifyWard(argument: _watchfloor_dispatch_v1_NotifyWardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_NotifyWardResponse__Output>): grpc.ClientUnaryCall;
  notifyWard(argument: _watchfloor_dispatch_v1_NotifyWardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_NotifyWardResponse__Output>): grpc.ClientUnaryCall;
  notifyWard(argument: _watchfloor_dispatch_v1_NotifyWardRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_NotifyWardResponse__Output>): grpc.ClientUnaryCall;
  
  RecommendUnits(argument: _watchfloor_dispatch_v1_RecommendUnitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_RecommendUnitsResponse__Output>): grpc.ClientUnaryCall;
  RecommendUnits(argument: _watchfloor_dispatch_v1_RecommendUnitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_RecommendUnitsResponse__Output>): grpc.ClientUnaryCall;
  RecommendUnits(argument: _watchfloor_dispatch_v1_RecommendUnitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_RecommendUnitsResponse__Output>): grpc.ClientUnaryCall;
  RecommendUnits(argument: _watchfloor_dispatch_v1_RecommendUnitsRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_RecommendUnitsResponse__Output>): grpc.ClientUnaryCall;
  recommendUnits(argument: _watchfloor_dispatch_v1_RecommendUnitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_RecommendUnitsResponse__Output>): grpc.ClientUnaryCall;
  recommendUnits(argument: _watchfloor_dispatch_v1_RecommendUnitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_RecommendUnitsResponse__Output>): grpc.ClientUnaryCall;
  recommendUnits(argument: _watchfloor_dispatch_v1_RecommendUnitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_RecommendUnitsResponse__Output>): grpc.ClientUnaryCall;
  recommendUnits(argument: _watchfloor_dispatch_v1_RecommendUnitsRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_RecommendUnitsResponse__Output>): grpc.ClientUnaryCall;
  
  ReleaseUnit(argument: _watchfloor_dispatch_v1_ReleaseUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReleaseUnitResponse__Output>): grpc.ClientUnaryCall;
  ReleaseUnit(argument: _watchfloor_dispatch_v1_ReleaseUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReleaseUnitResponse__Output>): grpc.ClientUnaryCall;
  ReleaseUnit(argument: _watchfloor_dispatch_v1_ReleaseUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReleaseUnitResponse__Output>): grpc.ClientUnaryCall;
  ReleaseUnit(argument: _watchfloor_dispatch_v1_ReleaseUnitRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReleaseUnitResponse__Output>): grpc.ClientUnaryCall;
  releaseUnit(argument: _watchfloor_dispatch_v1_ReleaseUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReleaseUnitResponse__Output>): grpc.ClientUnaryCall;
  releaseUnit(argument: _watchfloor_dispatch_v1_ReleaseUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReleaseUnitResponse__Output>): grpc.ClientUnaryCall;
  releaseUnit(argument: _watchfloor_dispatch_v1_ReleaseUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReleaseUnitResponse__Output>): grpc.ClientUnaryCall;
  releaseUnit(argument: _watchfloor_dispatch_v1_ReleaseUnitRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReleaseUnitResponse__Output>): grpc.ClientUnaryCall;
  
  ReportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  ReportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  ReportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  ReportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  reportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  reportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  reportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  reportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  
  SubmitCitizenReport(argument: _watchfloor_dispatch_v1_SubmitCitizenReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_SubmitCitizenReportResponse__Output>): grpc.ClientUnaryCall;
  SubmitCitizenReport(argument: _watchfloor_dispatch_v1_SubmitCitizenReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_SubmitCitizenReportResponse__Output>): grpc.ClientUnaryCall;
  SubmitCitizenReport(argument: _watchfloor_dispatch_v1_SubmitCitizenReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_SubmitCitizenReportResponse__Output>): grpc.ClientUnaryCall;
  SubmitCitizenReport(argument: _watchfloor_dispatch_v1_SubmitCitizenReportRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_SubmitCitizenReportResponse__Output>): grpc.ClientUnaryCall;
  submitCitizenReport(argument: _watchfloor_dispatch_v1_SubmitCitizenReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_SubmitCitizenReportResponse__Output>): grpc.ClientUnaryCall;
  submitCitizenReport(argument: _watchfloor_dispatch_v1_SubmitCitizenReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_SubmitCitizenReportResponse__Output>): grpc.ClientUnaryCall;
  submitCitizenReport(argument: _watchfloor_dispatch_v1_SubmitCitizenReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_SubmitCitizenReportResponse__Output>): grpc.ClientUnaryCall;
  submitCitizenReport(argument: _watchfloor_dispatch_v1_SubmitCitizenReportRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_SubmitCitizenReportResponse__Output>): grpc.ClientUnaryCall;
  
  TickSopStep(argument: _watchfloor_dispatch_v1_TickSopStepRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_TickSopStepResponse__Output>): grpc.ClientUnaryCall;
  TickSopStep(argument: _watchfloor_dispatch_v1_TickSopStepRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_TickSopStepResponse__Output>): grpc.ClientUnaryCall;
  TickSopStep(argument: _watchfloor_dispatch_v1_TickSopStepRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_TickSopStepResponse__Output>): grpc.ClientUnaryCall;
  TickSopStep(argument: _watchfloor_dispatch_v1_TickSopStepRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_TickSopStepResponse__Output>): grpc.ClientUnaryCall;
  tickSopStep(argument: _watchfloor_dispatch_v1_TickSopStepRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_TickSopStepResponse__Output>): grpc.ClientUnaryCall;
  tickSopStep(argument: _watchfloor_dispatch_v1_TickSopStepRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_TickSopStepResponse__Output>): grpc.ClientUnaryCall;
  tickSopStep(argument: _watchfloor_dispatch_v1_TickSopStepRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_TickSopStepResponse__Output>): grpc.ClientUnaryCall;
  tickSopStep(argument: _watchfloor_dispatch_v1_TickSopStepRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_TickSopStepResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateIncidentStatus(argument: _watchfloor_dispatch_v1_UpdateIncidentStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output>): grpc.ClientUnaryCall;
  UpdateIncidentStatus(argument: _watchfloor_dispatch_v1_UpdateIncidentStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output>): grpc.ClientUnaryCall;
  UpdateIncidentStatus(argument: _watchfloor_dispatch_v1_UpdateIncidentStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output>): grpc.ClientUnaryCall;
  UpdateIncidentStatus(argument: _watchfloor_dispatch_v1_UpdateIncidentStatusRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output>): grpc.ClientUnaryCall;
  updateIncidentStatus(argument: _watchfloor_dispatch_v1_UpdateIncidentStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output>): grpc.ClientUnaryCall;
  updateIncidentStatus(argument: _watchfloor_dispatch_v1_UpdateIncidentStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output>): grpc.ClientUnaryCall;
  updateIncidentStatus(argument: _watchfloor_dispatch_v1_UpdateIncidentStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output>): grpc.ClientUnaryCall;
  updateIncidentStatus(argument: _watchfloor_dispatch_v1_UpdateIncidentStatusRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output>): grpc.ClientUnaryCall;
  
  WatchDispatch(argument: _watchfloor_dispatch_v1_WatchDispatchRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_dispatch_v1_DispatchEvent__Output>;
  WatchDispatch(argument: _watchfloor_dispatch_v1_WatchDispatchRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_dispatch_v1_DispatchEvent__Output>;
  watchDispatch(argument: _watchfloor_dispatch_v1_WatchDispatchRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_dispatch_v1_DispatchEvent__Output>;
  watchDispatch(argument: _watchfloor_dispatch_v1_WatchDispatchRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_watchfloor_dispatch_v1_DispatchEvent__Output>;
  
}

export interface DispatchServiceHandlers extends grpc.UntypedServiceImplementation {
  AddIncidentNote: grpc.handleUnaryCall<_watchfloor_dispatch_v1_AddIncidentNoteRequest__Output, _watchfloor_dispatch_v1_AddIncidentNoteResponse>;
  
  AssignUnits: grpc.handleUnaryCall<_watchfloor_dispatch_v1_AssignUnitsRequest__Output, _watchfloor_dispatch_v1_AssignUnitsResponse>;
  
  CreateIncident: grpc.handleUnaryCall<_watchfloor_dispatch_v1_CreateIncidentRequest__Output, _watchfloor_dispatch_v1_CreateIncidentResponse>;
  
  GetIncidentTimeline: grpc.handleUnaryCall<_watchfloor_dispatch_v1_GetIncidentTimelineRequest__Output, _watchfloor_dispatch_v1_GetIncidentTimelineResponse>;
  
  ListIncidents: grpc.handleUnaryCall<_watchfloor_dispatch_v1_ListIncidentsRequest__Output, _watchfloor_dispatch_v1_ListIncidentsResponse>;
  
  ListUnits: grpc.handleUnaryCall<_watchfloor_dispatch_v1_ListUnitsRequest__Output, _watchfloor_dispatch_v1_ListUnitsResponse>;
  
  MergeIncidents: grpc.handleUnaryCall<_watchfloor_dispatch_v1_MergeIncidentsRequest__Output, _watchfloor_dispatch_v1_MergeIncidentsResponse>;
  
  NotifyWard: grpc.handleUnaryCall<_watchfloor_dispatch_v1_NotifyWardRequest__Output, _watchfloor_dispatch_v1_NotifyWardResponse>;
  
  RecommendUnits: grpc.handleUnaryCall<_watchfloor_dispatch_v1_RecommendUnitsRequest__Output, _watchfloor_dispatch_v1_RecommendUnitsResponse>;
  
  ReleaseUnit: grpc.handleUnaryCall<_watchfloor_dispatch_v1_ReleaseUnitRequest__Output, _watchfloor_dispatch_v1_ReleaseUnitResponse>;
  
  ReportUnitPosition: grpc.handleUnaryCall<_watchfloor_dispatch_v1_ReportUnitPositionRequest__Output, _watchfloor_dispatch_v1_ReportUnitPositionResponse>;
  
  SubmitCitizenReport: grpc.handleUnaryCall<_watchfloor_dispatch_v1_SubmitCitizenReportRequest__Output, _watchfloor_dispatch_v1_SubmitCitizenReportResponse>;
  
  TickSopStep: grpc.handleUnaryCall<_watchfloor_dispatch_v1_TickSopStepRequest__Output, _watchfloor_dispatch_v1_TickSopStepResponse>;
  
  UpdateIncidentStatus: grpc.handleUnaryCall<_watchfloor_dispatch_v1_UpdateIncidentStatusRequest__Output, _watchfloor_dispatch_v1_UpdateIncidentStatusResponse>;
  
  WatchDispatch: grpc.handleServerStreamingCall<_watchfloor_dispatch_v1_WatchDispatchRequest__Output, _watchfloor_dispatch_v1_DispatchEvent>;
  
}

export interface DispatchServiceDefinition extends grpc.ServiceDefinition {
  AddIncidentNote: MethodDefinition<_watchfloor_dispatch_v1_AddIncidentNoteRequest, _watchfloor_dispatch_v1_AddIncidentNoteResponse, _watchfloor_dispatch_v1_AddIncidentNoteRequest__Output, _watchfloor_dispatch_v1_AddIncidentNoteResponse__Output>
  AssignUnits: MethodDefinition<_watchfloor_dispatch_v1_AssignUnitsRequest, _watchfloor_dispatch_v1_AssignUnitsResponse, _watchfloor_dispatch_v1_AssignUnitsRequest__Output, _watchfloor_dispatch_v1_AssignUnitsResponse__Output>
  CreateIncident: MethodDefinition<_watchfloor_dispatch_v1_CreateIncidentRequest, _watchfloor_dispatch_v1_CreateIncidentResponse, _watchfloor_dispatch_v1_CreateIncidentRequest__Output, _watchfloor_dispatch_v1_CreateIncidentResponse__Output>
  GetIncidentTimeline: MethodDefinition<_watchfloor_dispatch_v1_GetIncidentTimelineRequest, _watchfloor_dispatch_v1_GetIncidentTimelineResponse, _watchfloor_dispatch_v1_GetIncidentTimelineRequest__Output, _watchfloor_dispatch_v1_GetIncidentTimelineResponse__Output>
  ListIncidents: MethodDefinition<_watchfloor_dispatch_v1_ListIncidentsRequest, _watchfloor_dispatch_v1_ListIncidentsResponse, _watchfloor_dispatch_v1_ListIncidentsRequest__Output, _watchfloor_dispatch_v1_ListIncidentsResponse__Output>
  ListUnits: MethodDefinition<_watchfloor_dispatch_v1_ListUnitsRequest, _watchfloor_dispatch_v1_ListUnitsResponse, _watchfloor_dispatch_v1_ListUnitsRequest__Output, _watchfloor_dispatch_v1_ListUnitsResponse__Output>
  MergeIncidents: MethodDefinition<_watchfloor_dispatch_v1_MergeIncidentsRequest, _watchfloor_dispatch_v1_MergeIncidentsResponse, _watchfloor_dispatch_v1_MergeIncidentsRequest__Output, _watchfloor_dispatch_v1_MergeIncidentsResponse__Output>
  NotifyWard: MethodDefinition<_watchfloor_dispatch_v1_NotifyWardRequest, _watchfloor_dispatch_v1_NotifyWardResponse, _watchfloor_dispatch_v1_NotifyWardRequest__Output, _watchfloor_dispatch_v1_NotifyWardResponse__Output>
  RecommendUnits: MethodDefinition<_watchfloor_dispatch_v1_RecommendUnitsRequest, _watchfloor_dispatch_v1_RecommendUnitsResponse, _watchfloor_dispatch_v1_RecommendUnitsRequest__Output, _watchfloor_dispatch_v1_RecommendUnitsResponse__Output>
  ReleaseUnit: MethodDefinition<_watchfloor_dispatch_v1_ReleaseUnitRequest, _watchfloor_dispatch_v1_ReleaseUnitResponse, _watchfloor_dispatch_v1_ReleaseUnitRequest__Output, _watchfloor_dispatch_v1_ReleaseUnitResponse__Output>
  ReportUnitPosition: MethodDefinition<_watchfloor_dispatch_v1_ReportUnitPositionRequest, _watchfloor_dispatch_v1_ReportUnitPositionResponse, _watchfloor_dispatch_v1_ReportUnitPositionRequest__Output, _watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>
  SubmitCitizenReport: MethodDefinition<_watchfloor_dispatch_v1_SubmitCitizenReportRequest, _watchfloor_dispatch_v1_SubmitCitizenReportResponse, _watchfloor_dispatch_v1_SubmitCitizenReportRequest__Output, _watchfloor_dispatch_v1_SubmitCitizenReportResponse__Output>
  TickSopStep: MethodDefinition<_watchfloor_dispatch_v1_TickSopStepRequest, _watchfloor_dispatch_v1_TickSopStepResponse, _watchfloor_dispatch_v1_TickSopStepRequest__Output, _watchfloor_dispatch_v1_TickSopStepResponse__Output>
  UpdateIncidentStatus: MethodDefinition<_watchfloor_dispatch_v1_UpdateIncidentStatusRequest, _watchfloor_dispatch_v1_UpdateIncidentStatusResponse, _watchfloor_dispatch_v1_UpdateIncidentStatusRequest__Output, _watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output>
  WatchDispatch: MethodDefinition<_watchfloor_dispatch_v1_WatchDispatchRequest, _watchfloor_dispatch_v1_DispatchEvent, _watchfloor_dispatch_v1_WatchDispatchRequest__Output, _watchfloor_dispatch_v1_DispatchEvent__Output>
}
