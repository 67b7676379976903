// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateIncidentRequest as _watchfloor_dispatch_v1_CreateIncidentRequest, CreateIncidentRequest__Output as _watchfloor_dispatch_v1_CreateIncidentRequest__Output } from '../../../watchfloor/dispatch/v1/CreateIncidentRequest';
import type { CreateIncidentResponse as _watchfloor_dispatch_v1_CreateIncidentResponse, CreateIncidentResponse__Output as _watchfloor_dispatch_v1_CreateIncidentResponse__Output } from '../../../watchfloor/dispatch/v1/CreateIncidentResponse';
import type { DispatchEvent as _watchfloor_dispatch_v1_DispatchEvent, DispatchEvent__Output as _watchfloor_dispatch_v1_DispatchEvent__Output } from '../../../watchfloor/dispatch/v1/DispatchEvent';
import type { ListIncidentsRequest as _watchfloor_dispatch_v1_ListIncidentsRequest, ListIncidentsRequest__Output as _watchfloor_dispatch_v1_ListIncidentsRequest__Output } from '../../../watchfloor/dispatch/v1/ListIncidentsRequest';
import type { ListIncidentsResponse as _watchfloor_dispatch_v1_ListIncidentsResponse, ListIncidentsResponse__Output as _watchfloor_dispatch_v1_ListIncidentsResponse__Output } from '../../../watchfloor/dispatch/v1/ListIncidentsResponse';
import type { ListUnitsRequest as _watchfloor_dispatch_v1_ListUnitsRequest, ListUnitsRequest__Output as _watchfloor_dispatch_v1_ListUnitsRequest__Output } from '../../../watchfloor/dispatch/v1/ListUnitsRequest';
import type { ListUnitsResponse as _watchfloor_dispatch_v1_ListUnitsResponse, ListUnitsResponse__Output as _watchfloor_dispatch_v1_ListUnitsResponse__Output } from '../../../watchfloor/dispatch/v1/ListUnitsResponse';
import type { ReportUnitPositionRequest as _watchfloor_dispatch_v1_ReportUnitPositionRequest, ReportUnitPositionRequest__Output as _watchfloor_dispatch_v1_ReportUnitPositionRequest__Output } from '../../../watchfloor/dispatch/v1/ReportUnitPositionRequest';
import type { ReportUnitPositionResponse as _watchfloor_dispatch_v1_ReportUnitPositionResponse, ReportUnitPositionResponse__Output as _watchfloor_dispatch_v1_ReportUnitPositionResponse__Output } from '../../../watchfloor/dispatch/v1/ReportUnitPositionResponse';
import type { UpdateIncidentStatusRequest as _watchfloor_dispatch_v1_UpdateIncidentStatusRequest, UpdateIncidentStatusRequest__Output as _watchfloor_dispatch_v1_UpdateIncidentStatusRequest__Output } from '../../../watchfloor/dispatch/v1/UpdateIncidentStatusRequest';
import type { UpdateIncidentStatusResponse as _watchfloor_dispatch_v1_UpdateIncidentStatusResponse, UpdateIncidentStatusResponse__Output as _watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output } from '../../../watchfloor/dispatch/v1/UpdateIncidentStatusResponse';
import type { WatchDispatchRequest as _watchfloor_dispatch_v1_WatchDispatchRequest, WatchDispatchRequest__Output as _watchfloor_dispatch_v1_WatchDispatchRequest__Output } from '../../../watchfloor/dispatch/v1/WatchDispatchRequest';

export interface DispatchServiceClient extends grpc.Client {
  CreateIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  CreateIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  CreateIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  CreateIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  createIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  createIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  createIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  createIncident(argument: _watchfloor_dispatch_v1_CreateIncidentRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_CreateIncidentResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  ReportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  ReportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  ReportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  ReportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  reportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  reportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  reportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  reportUnitPosition(argument: _watchfloor_dispatch_v1_ReportUnitPositionRequest, callback: grpc.requestCallback<_watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>): grpc.ClientUnaryCall;
  
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
  CreateIncident: grpc.handleUnaryCall<_watchfloor_dispatch_v1_CreateIncidentRequest__Output, _watchfloor_dispatch_v1_CreateIncidentResponse>;
  
  ListIncidents: grpc.handleUnaryCall<_watchfloor_dispatch_v1_ListIncidentsRequest__Output, _watchfloor_dispatch_v1_ListIncidentsResponse>;
  
  ListUnits: grpc.handleUnaryCall<_watchfloor_dispatch_v1_ListUnitsRequest__Output, _watchfloor_dispatch_v1_ListUnitsResponse>;
  
  ReportUnitPosition: grpc.handleUnaryCall<_watchfloor_dispatch_v1_ReportUnitPositionRequest__Output, _watchfloor_dispatch_v1_ReportUnitPositionResponse>;
  
  UpdateIncidentStatus: grpc.handleUnaryCall<_watchfloor_dispatch_v1_UpdateIncidentStatusRequest__Output, _watchfloor_dispatch_v1_UpdateIncidentStatusResponse>;
  
  WatchDispatch: grpc.handleServerStreamingCall<_watchfloor_dispatch_v1_WatchDispatchRequest__Output, _watchfloor_dispatch_v1_DispatchEvent>;
  
}

export interface DispatchServiceDefinition extends grpc.ServiceDefinition {
  CreateIncident: MethodDefinition<_watchfloor_dispatch_v1_CreateIncidentRequest, _watchfloor_dispatch_v1_CreateIncidentResponse, _watchfloor_dispatch_v1_CreateIncidentRequest__Output, _watchfloor_dispatch_v1_CreateIncidentResponse__Output>
  ListIncidents: MethodDefinition<_watchfloor_dispatch_v1_ListIncidentsRequest, _watchfloor_dispatch_v1_ListIncidentsResponse, _watchfloor_dispatch_v1_ListIncidentsRequest__Output, _watchfloor_dispatch_v1_ListIncidentsResponse__Output>
  ListUnits: MethodDefinition<_watchfloor_dispatch_v1_ListUnitsRequest, _watchfloor_dispatch_v1_ListUnitsResponse, _watchfloor_dispatch_v1_ListUnitsRequest__Output, _watchfloor_dispatch_v1_ListUnitsResponse__Output>
  ReportUnitPosition: MethodDefinition<_watchfloor_dispatch_v1_ReportUnitPositionRequest, _watchfloor_dispatch_v1_ReportUnitPositionResponse, _watchfloor_dispatch_v1_ReportUnitPositionRequest__Output, _watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>
  UpdateIncidentStatus: MethodDefinition<_watchfloor_dispatch_v1_UpdateIncidentStatusRequest, _watchfloor_dispatch_v1_UpdateIncidentStatusResponse, _watchfloor_dispatch_v1_UpdateIncidentStatusRequest__Output, _watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output>
  WatchDispatch: MethodDefinition<_watchfloor_dispatch_v1_WatchDispatchRequest, _watchfloor_dispatch_v1_DispatchEvent, _watchfloor_dispatch_v1_WatchDispatchRequest__Output, _watchfloor_dispatch_v1_DispatchEvent__Output>
}
