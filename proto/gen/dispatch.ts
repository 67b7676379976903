import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateIncidentRequest as _watchfloor_dispatch_v1_CreateIncidentRequest, CreateIncidentRequest__Output as _watchfloor_dispatch_v1_CreateIncidentRequest__Output } from './watchfloor/dispatch/v1/CreateIncidentRequest';
import type { CreateIncidentResponse as _watchfloor_dispatch_v1_CreateIncidentResponse, CreateIncidentResponse__Output as _watchfloor_dispatch_v1_CreateIncidentResponse__Output } from './watchfloor/dispatch/v1/CreateIncidentResponse';
import type { DispatchEvent as _watchfloor_dispatch_v1_DispatchEvent, DispatchEvent__Output as _watchfloor_dispatch_v1_DispatchEvent__Output } from './watchfloor/dispatch/v1/DispatchEvent';
import type { DispatchServiceClient as _watchfloor_dispatch_v1_DispatchServiceClient, DispatchServiceDefinition as _watchfloor_dispatch_v1_DispatchServiceDefinition } from './watchfloor/dispatch/v1/DispatchService';
import type { GeoPoint as _watchfloor_dispatch_v1_GeoPoint, GeoPoint__Output as _watchfloor_dispatch_v1_GeoPoint__Output } from './watchfloor/dispatch/v1/GeoPoint';
import type { Incident as _watchfloor_dispatch_v1_Incident, Incident__Output as _watchfloor_dispatch_v1_Incident__Output } from './watchfloor/dispatch/v1/Incident';
import type { ListIncidentsRequest as _watchfloor_dispatch_v1_ListIncidentsRequest, ListIncidentsRequest__Output as _watchfloor_dispatch_v1_ListIncidentsRequest__Output } from './watchfloor/dispatch/v1/ListIncidentsRequest';
import type { ListIncidentsResponse as _watchfloor_dispatch_v1_ListIncidentsResponse, ListIncidentsResponse__Output as _watchfloor_dispatch_v1_ListIncidentsResponse__Output } from './watchfloor/dispatch/v1/ListIncidentsResponse';
import type { ListUnitsRequest as _watchfloor_dispatch_v1_ListUnitsRequest, ListUnitsRequest__Output as _watchfloor_dispatch_v1_ListUnitsRequest__Output } from './watchfloor/dispatch/v1/ListUnitsRequest';
import type { ListUnitsResponse as _watchfloor_dispatch_v1_ListUnitsResponse, ListUnitsResponse__Output as _watchfloor_dispatch_v1_ListUnitsResponse__Output } from './watchfloor/dispatch/v1/ListUnitsResponse';
import type { ReportUnitPositionRequest as _watchfloor_dispatch_v1_ReportUnitPositionRequest, ReportUnitPositionRequest__Output as _watchfloor_dispatch_v1_ReportUnitPositionRequest__Output } from './watchfloor/dispatch/v1/ReportUnitPositionRequest';
import type { ReportUnitPositionResponse as _watchfloor_dispatch_v1_ReportUnitPositionResponse, ReportUnitPositionResponse__Output as _watchfloor_dispatch_v1_ReportUnitPositionResponse__Output } from './watchfloor/dispatch/v1/ReportUnitPositionResponse';
import type { Unit as _watchfloor_dispatch_v1_Unit, Unit__Output as _watchfloor_dispatch_v1_Unit__Output } from './watchfloor/dispatch/v1/Unit';
import type { UpdateIncidentStatusRequest as _watchfloor_dispatch_v1_UpdateIncidentStatusRequest, UpdateIncidentStatusRequest__Output as _watchfloor_dispatch_v1_UpdateIncidentStatusRequest__Output } from './watchfloor/dispatch/v1/UpdateIncidentStatusRequest';
import type { UpdateIncidentStatusResponse as _watchfloor_dispatch_v1_UpdateIncidentStatusResponse, UpdateIncidentStatusResponse__Output as _watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output } from './watchfloor/dispatch/v1/UpdateIncidentStatusResponse';
import type { WatchDispatchRequest as _watchfloor_dispatch_v1_WatchDispatchRequest, WatchDispatchRequest__Output as _watchfloor_dispatch_v1_WatchDispatchRequest__Output } from './watchfloor/dispatch/v1/WatchDispatchRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  watchfloor: {
    dispatch: {
      v1: {
        CreateIncidentRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_CreateIncidentRequest, _watchfloor_dispatch_v1_CreateIncidentRequest__Output>
        CreateIncidentResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_CreateIncidentResponse, _watchfloor_dispatch_v1_CreateIncidentResponse__Output>
        DispatchEvent: MessageTypeDefinition<_watchfloor_dispatch_v1_DispatchEvent, _watchfloor_dispatch_v1_DispatchEvent__Output>
        DispatchService: SubtypeConstructor<typeof grpc.Client, _watchfloor_dispatch_v1_DispatchServiceClient> & { service: _watchfloor_dispatch_v1_DispatchServiceDefinition }
        GeoPoint: MessageTypeDefinition<_watchfloor_dispatch_v1_GeoPoint, _watchfloor_dispatch_v1_GeoPoint__Output>
        Incident: MessageTypeDefinition<_watchfloor_dispatch_v1_Incident, _watchfloor_dispatch_v1_Incident__Output>
        ListIncidentsRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_ListIncidentsRequest, _watchfloor_dispatch_v1_ListIncidentsRequest__Output>
        ListIncidentsResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_ListIncidentsResponse, _watchfloor_dispatch_v1_ListIncidentsResponse__Output>
        ListUnitsRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_ListUnitsRequest, _watchfloor_dispatch_v1_ListUnitsRequest__Output>
        ListUnitsResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_ListUnitsResponse, _watchfloor_dispatch_v1_ListUnitsResponse__Output>
        ReportUnitPositionRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_ReportUnitPositionRequest, _watchfloor_dispatch_v1_ReportUnitPositionRequest__Output>
        ReportUnitPositionResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_ReportUnitPositionResponse, _watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>
        Unit: MessageTypeDefinition<_watchfloor_dispatch_v1_Unit, _watchfloor_dispatch_v1_Unit__Output>
        UpdateIncidentStatusRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_UpdateIncidentStatusRequest, _watchfloor_dispatch_v1_UpdateIncidentStatusRequest__Output>
        UpdateIncidentStatusResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_UpdateIncidentStatusResponse, _watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output>
        WatchDispatchRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_WatchDispatchRequest, _watchfloor_dispatch_v1_WatchDispatchRequest__Output>
      }
    }
  }
}

