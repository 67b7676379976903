import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddIncidentNoteRequest as _watchfloor_dispatch_v1_AddIncidentNoteRequest, AddIncidentNoteRequest__Output as _watchfloor_dispatch_v1_AddIncidentNoteRequest__Output } from './watchfloor/dispatch/v1/AddIncidentNoteRequest';
import type { AddIncidentNoteResponse as _watchfloor_dispatch_v1_AddIncidentNoteResponse, AddIncidentNoteResponse__Output as _watchfloor_dispatch_v1_AddIncidentNoteResponse__Output } from './watchfloor/dispatch/v1/AddIncidentNoteResponse';
import type { AssignUnitsRequest as _watchfloor_dispatch_v1_AssignUnitsRequest, AssignUnitsRequest__Output as _watchfloor_dispatch_v1_AssignUnitsRequest__Output } from './watchfloor/dispatch/v1/AssignUnitsRequest';
import type { AssignUnitsResponse as _watchfloor_dispatch_v1_AssignUnitsResponse, AssignUnitsResponse__Output as _watchfloor_dispatch_v1_AssignUnitsResponse__Output } from './watchfloor/dispatch/v1/AssignUnitsResponse';
import type { CoverageGap as _watchfloor_dispatch_v1_CoverageGap, CoverageGap__Output as _watchfloor_dispatch_v1_CoverageGap__Output } from './watchfloor/dispatch/v1/CoverageGap';
import type { CreateIncidentRequest as _watchfloor_dispatch_v1_CreateIncidentRequest, CreateIncidentRequest__Output as _watchfloor_dispatch_v1_CreateIncidentRequest__Output } from './watchfloor/dispatch/v1/CreateIncidentRequest';
import type { CreateIncidentResponse as _watchfloor_dispatch_v1_CreateIncidentResponse, CreateIncidentResponse__Output as _watchfloor_dispatch_v1_CreateIncidentResponse__Output } from './watchfloor/dispatch/v1/CreateIncidentResponse';
import type { DispatchEvent as _watchfloor_dispatch_v1_DispatchEvent, DispatchEvent__Output as _watchfloor_dispatch_v1_DispatchEvent__Output } from './watchfloor/dispatch/v1/DispatchEvent';
import type { DispatchServiceClient as _watchfloor_dispatch_v1_DispatchServiceClient, DispatchServiceDefinition as _watchfloor_dispatch_v1_DispatchServiceDefinition } from './watchfloor/dispatch/v1/DispatchService';
import type { GeoPoint as _watchfloor_dispatch_v1_GeoPoint, GeoPoint__Output as _watchfloor_dispatch_v1_GeoPoint__Output } from './watchfloor/dispatch/v1/GeoPoint';
import type { GetIncidentTimelineRequest as _watchfloor_dispatch_v1_GetIncidentTimelineRequest, GetIncidentTimelineRequest__Output as _watchfloor_dispatch_v1_GetIncidentTimelineRequest__Output } from './watchfloor/dispatch/v1/GetIncidentTimelineRequest';
import type { GetIncidentTimelineResponse as _watchfloor_dispatch_v1_GetIncidentTimelineResponse, GetIncidentTimelineResponse__Output as _watchfloor_dispatch_v1_GetIncidentTimelineResponse__Output } from './watchfloor/dispatch/v1/GetIncidentTimelineResponse';
import type { Incident as _watchfloor_dispatch_v1_Incident, Incident__Output as _watchfloor_dispatch_v1_Incident__Output } from './watchfloor/dispatch/v1/Incident';
import type { IncidentNote as _watchfloor_dispatch_v1_IncidentNote, IncidentNote__Output as _watchfloor_dispatch_v1_IncidentNote__Output } from './watchfloor/dispatch/v1/IncidentNote';
import type { LinkedReport as _watchfloor_dispatch_v1_LinkedReport, LinkedReport__Output as _watchfloor_dispatch_v1_LinkedReport__Output } from './watchfloor/dispatch/v1/LinkedReport';
import type { ListIncidentsRequest as _watchfloor_dispatch_v1_ListIncidentsRequest, ListIncidentsRequest__Output as _watchfloor_dispatch_v1_ListIncidentsRequest__Output } from './watchfloor/dispatch/v1/ListIncidentsRequest';
import type { ListIncidentsResponse as _watchfloor_dispatch_v1_ListIncidentsResponse, ListIncidentsResponse__Output as _watchfloor_dispatch_v1_ListIncidentsResponse__Output } from './watchfloor/dispatch/v1/ListIncidentsResponse';
import type { ListUnitsRequest as _watchfloor_dispatch_v1_ListUnitsRequest, ListUnitsRequest__Output as _watchfloor_dispatch_v1_ListUnitsRequest__Output } from './watchfloor/dispatch/v1/ListUnitsRequest';
import type { ListUnitsResponse as _watchfloor_dispatch_v1_ListUnitsResponse, ListUnitsResponse__Output as _watchfloor_dispatch_v1_ListUnitsResponse__Output } from './watchfloor/dispatch/v1/ListUnitsResponse';
import type { MergeIncidentsRequest as _watchfloor_dispatch_v1_MergeIncidentsRequest, MergeIncidentsRequest__Output as _watchfloor_dispatch_v1_MergeIncidentsRequest__Output } from './watchfloor/dispatch/v1/MergeIncidentsRequest';
import type { MergeIncidentsResponse as _watchfloor_dispatch_v1_MergeIncidentsResponse, MergeIncidentsResponse__Output as _watchfloor_dispatch_v1_MergeIncidentsResponse__Output } from './watchfloor/dispatch/v1/MergeIncidentsResponse';
import type { NotifyWardRequest as _watchfloor_dispatch_v1_NotifyWardRequest, NotifyWardRequest__Output as _watchfloor_dispatch_v1_NotifyWardRequest__Output } from './watchfloor/dispatch/v1/NotifyWardRequest';
import type { NotifyWardResponse as _watchfloor_dispatch_v1_NotifyWardResponse, NotifyWardResponse__Output as _watchfloor_dispatch_v1_NotifyWardResponse__Output } from './watchfloor/dispatch/v1/NotifyWardResponse';
import type { RecommendUnitsRequest as _watchfloor_dispatch_v1_RecommendUnitsRequest, RecommendUnitsRequest__Output as _watchfloor_dispatch_v1_RecommendUnitsRequest__Output } from './watchfloor/dispatch/v1/RecommendUnitsRequest';
import type { RecommendUnitsResponse as _watchfloor_dispatch_v1_RecommendUnitsResponse, RecommendUnitsResponse__Output as _watchfloor_dispatch_v1_RecommendUnitsResponse__Output } from './watchfloor/dispatch/v1/RecommendUnitsResponse';
import type { ReleaseUnitRequest as _watchfloor_dispatch_v1_ReleaseUnitRequest, ReleaseUnitRequest__Output as _watchfloor_dispatch_v1_ReleaseUnitRequest__Output } from './watchfloor/dispatch/v1/ReleaseUnitRequest';
import type { ReleaseUnitResponse as _watchfloor_dispatch_v1_ReleaseUnitResponse, ReleaseUnitResponse__Output as _watchfloor_dispatch_v1_ReleaseUnitResponse__Output } from './watchfloor/dispatch/v1/ReleaseUnitResponse';
import type { ReportUnitPositionRequest as _watchfloor_dispatch_v1_ReportUnitPositionRequest, ReportUnitPositionRequest__Output as _watchfloor_dispatch_v1_ReportUnitPositionRequest__Output } from './watchfloor/dispatch/v1/ReportUnitPositionRequest';
import type { ReportUnitPositionResponse as _watchfloor_dispatch_v1_ReportUnitPositionResponse, ReportUnitPositionResponse__Output as _watchfloor_dispatch_v1_ReportUnitPositionResponse__Output } from './watchfloor/dispatch/v1/ReportUnitPositionResponse';
import type { RequirementSuggestions as _watchfloor_dispatch_v1_RequirementSuggestions, RequirementSuggestions__Output as _watchfloor_dispatch_v1_RequirementSuggestions__Output } from './watchfloor/dispatch/v1/RequirementSuggestions';
import type { SopStep as _watchfloor_dispatch_v1_SopStep, SopStep__Output as _watchfloor_dispatch_v1_SopStep__Output } from './watchfloor/dispatch/v1/SopStep';
import type { SubmitCitizenReportRequest as _watchfloor_dispatch_v1_SubmitCitizenReportRequest, SubmitCitizenReportRequest__Output as _watchfloor_dispatch_v1_SubmitCitizenReportRequest__Output } from './watchfloor/dispatch/v1/SubmitCitizenReportRequest';
import type { SubmitCitizenReportResponse as _watchfloor_dispatch_v1_SubmitCitizenReportResponse, SubmitCitizenReportResponse__Output as _watchfloor_dispatch_v1_SubmitCitizenReportResponse__Output } from './watchfloor/dispatch/v1/SubmitCitizenReportResponse';
import type { TickSopStepRequest as _watchfloor_dispatch_v1_TickSopStepRequest, TickSopStepRequest__Output as _watchfloor_dispatch_v1_TickSopStepRequest__Output } from './watchfloor/dispatch/v1/TickSopStepRequest';
import type { TickSopStepResponse as _watchfloor_dispatch_v1_TickSopStepResponse, TickSopStepResponse__Output as _watchfloor_dispatch_v1_TickSopStepResponse__Output } from './watchfloor/dispatch/v1/TickSopStepResponse';
import type { TimelineEntry as _watchfloor_dispatch_v1_TimelineEntry, TimelineEntry__Output as _watchfloor_dispatch_v1_TimelineEntry__Output } from './watchfloor/dispatch/v1/TimelineEntry';
import type { Unit as _watchfloor_dispatch_v1_Unit, Unit__Output as _watchfloor_dispatch_v1_Unit__Output } from './watchfloor/dispatch/v1/Unit';
import type { UnitReallocation as _watchfloor_dispatch_v1_UnitReallocation, UnitReallocation__Output as _watchfloor_dispatch_v1_UnitReallocation__Output } from './watchfloor/dispatch/v1/UnitReallocation';
import type { UnitSuggestion as _watchfloor_dispatch_v1_UnitSuggestion, UnitSuggestion__Output as _watchfloor_dispatch_v1_UnitSuggestion__Output } from './watchfloor/dispatch/v1/UnitSuggestion';
import type { UpdateIncidentStatusRequest as _watchfloor_dispatch_v1_UpdateIncidentStatusRequest, UpdateIncidentStatusRequest__Output as _watchfloor_dispatch_v1_UpdateIncidentStatusRequest__Output } from './watchfloor/dispatch/v1/UpdateIncidentStatusRequest';
import type { UpdateIncidentStatusResponse as _watchfloor_dispatch_v1_UpdateIncidentStatusResponse, UpdateIncidentStatusResponse__Output as _watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output } from './watchfloor/dispatch/v1/UpdateIncidentStatusResponse';
import type { WardNotification as _watchfloor_dispatch_v1_WardNotification, WardNotification__Output as _watchfloor_dispatch_v1_WardNotification__Output } from './watchfloor/dispatch/v1/WardNotification';
import type { WatchDispatchRequest as _watchfloor_dispatch_v1_WatchDispatchRequest, WatchDispatchRequest__Output as _watchfloor_dispatch_v1_WatchDispatchRequest__Output } from './watchfloor/dispatch/v1/WatchDispatchRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  watchfloor: {
    dispatch: {
      v1: {
        AddIncidentNoteRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_AddIncidentNoteRequest, _watchfloor_dispatch_v1_AddIncidentNoteRequest__Output>
        AddIncidentNoteResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_AddIncidentNoteResponse, _watchfloor_dispatch_v1_AddIncidentNoteResponse__Output>
        AssignUnitsRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_AssignUnitsRequest, _watchfloor_dispatch_v1_AssignUnitsRequest__Output>
        AssignUnitsResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_AssignUnitsResponse, _watchfloor_dispatch_v1_AssignUnitsResponse__Output>
        CoverageGap: MessageTypeDefinition<_watchfloor_dispatch_v1_CoverageGap, _watchfloor_dispatch_v1_CoverageGap__Output>
        CreateIncidentRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_CreateIncidentRequest, _watchfloor_dispatch_v1_CreateIncidentRequest__Output>
        CreateIncidentResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_CreateIncidentResponse, _watchfloor_dispatch_v1_CreateIncidentResponse__Output>
        DispatchEvent: MessageTypeDefinition<_watchfloor_dispatch_v1_DispatchEvent, _watchfloor_dispatch_v1_DispatchEvent__Output>
        DispatchService: SubtypeConstructor<typeof grpc.Client, _watchfloor_dispatch_v1_DispatchServiceClient> & { service: _watchfloor_dispatch_v1_DispatchServiceDefinition }
        GeoPoint: MessageTypeDefinition<_watchfloor_dispatch_v1_GeoPoint, _watchfloor_dispatch_v1_GeoPoint__Output>
        GetIncidentTimelineRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_GetIncidentTimelineRequest, _watchfloor_dispatch_v1_GetIncidentTimelineRequest__Output>
        GetIncidentTimelineResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_GetIncidentTimelineResponse, _watchfloor_dispatch_v1_GetIncidentTimelineResponse__Output>
        Incident: MessageTypeDefinition<_watchfloor_dispatch_v1_Incident, _watchfloor_dispatch_v1_Incident__Output>
        IncidentNote: MessageTypeDefinition<_watchfloor_dispatch_v1_IncidentNote, _watchfloor_dispatch_v1_IncidentNote__Output>
        LinkedReport: MessageTypeDefinition<_watchfloor_dispatch_v1_LinkedReport, _watchfloor_dispatch_v1_LinkedReport__Output>
        ListIncidentsRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_ListIncidentsRequest, _watchfloor_dispatch_v1_ListIncidentsRequest__Output>
        ListIncidentsResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_ListIncidentsResponse, _watchfloor_dispatch_v1_ListIncidentsResponse__Output>
        ListUnitsRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_ListUnitsRequest, _watchfloor_dispatch_v1_ListUnitsRequest__Output>
        ListUnitsResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_ListUnitsResponse, _watchfloor_dispatch_v1_ListUnitsResponse__Output>
        MergeIncidentsRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_MergeIncidentsRequest, _watchfloor_dispatch_v1_MergeIncidentsRequest__Output>
        MergeIncidentsResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_MergeIncidentsResponse, _watchfloor_dispatch_v1_MergeIncidentsResponse__Output>
        NotifyWardRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_NotifyWardRequest, _watchfloor_dispatch_v1_NotifyWardRequest__Output>
        NotifyWardResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_NotifyWardResponse, _watchfloor_dispatch_v1_NotifyWardResponse__Output>
        RecommendUnitsRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_RecommendUnitsRequest, _watchfloor_dispatch_v1_RecommendUnitsRequest__Output>
        RecommendUnitsResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_RecommendUnitsResponse, _watchfloor_dispatch_v1_RecommendUnitsResponse__Output>
        ReleaseUnitRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_ReleaseUnitRequest, _watchfloor_dispatch_v1_ReleaseUnitRequest__Output>
        ReleaseUnitResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_ReleaseUnitResponse, _watchfloor_dispatch_v1_ReleaseUnitResponse__Output>
        ReportUnitPositionRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_ReportUnitPositionRequest, _watchfloor_dispatch_v1_ReportUnitPositionRequest__Output>
        ReportUnitPositionResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_ReportUnitPositionResponse, _watchfloor_dispatch_v1_ReportUnitPositionResponse__Output>
        RequirementSuggestions: MessageTypeDefinition<_watchfloor_dispatch_v1_RequirementSuggestions, _watchfloor_dispatch_v1_RequirementSuggestions__Output>
        SopStep: MessageTypeDefinition<_watchfloor_dispatch_v1_SopStep, _watchfloor_dispatch_v1_SopStep__Output>
        SubmitCitizenReportRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_SubmitCitizenReportRequest, _watchfloor_dispatch_v1_SubmitCitizenReportRequest__Output>
        SubmitCitizenReportResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_SubmitCitizenReportResponse, _watchfloor_dispatch_v1_SubmitCitizenReportResponse__Output>
        TickSopStepRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_TickSopStepRequest, _watchfloor_dispatch_v1_TickSopStepRequest__Output>
        TickSopStepResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_TickSopStepResponse, _watchfloor_dispatch_v1_TickSopStepResponse__Output>
        TimelineEntry: MessageTypeDefinition<_watchfloor_dispatch_v1_TimelineEntry, _watchfloor_dispatch_v1_TimelineEntry__Output>
        Unit: MessageTypeDefinition<_watchfloor_dispatch_v1_Unit, _watchfloor_dispatch_v1_Unit__Output>
        UnitReallocation: MessageTypeDefinition<_watchfloor_dispatch_v1_UnitReallocation, _watchfloor_dispatch_v1_UnitReallocation__Output>
        UnitSuggestion: MessageTypeDefinition<_watchfloor_dispatch_v1_UnitSuggestion, _watchfloor_dispatch_v1_UnitSuggestion__Output>
        UpdateIncidentStatusRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_UpdateIncidentStatusRequest, _watchfloor_dispatch_v1_UpdateIncidentStatusRequest__Output>
        UpdateIncidentStatusResponse: MessageTypeDefinition<_watchfloor_dispatch_v1_UpdateIncidentStatusResponse, _watchfloor_dispatch_v1_UpdateIncidentStatusResponse__Output>
        WardNotification: MessageTypeDefinition<_watchfloor_dispatch_v1_WardNotification, _watchfloor_dispatch_v1_WardNotification__Output>
        WatchDispatchRequest: MessageTypeDefinition<_watchfloor_dispatch_v1_WatchDispatchRequest, _watchfloor_dispatch_v1_WatchDispatchRequest__Output>
      }
    }
  }
}

