import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AcknowledgeAlertRequest as _watchfloor_siem_v1_AcknowledgeAlertRequest, AcknowledgeAlertRequest__Output as _watchfloor_siem_v1_AcknowledgeAlertRequest__Output } from './watchfloor/siem/v1/AcknowledgeAlertRequest';
import type { AcknowledgeAlertResponse as _watchfloor_siem_v1_AcknowledgeAlertResponse, AcknowledgeAlertResponse__Output as _watchfloor_siem_v1_AcknowledgeAlertResponse__Output } from './watchfloor/siem/v1/AcknowledgeAlertResponse';
import type { Alert as _watchfloor_siem_v1_Alert, Alert__Output as _watchfloor_siem_v1_Alert__Output } from './watchfloor/siem/v1/Alert';
import type { AlertEvent as _watchfloor_siem_v1_AlertEvent, AlertEvent__Output as _watchfloor_siem_v1_AlertEvent__Output } from './watchfloor/siem/v1/AlertEvent';
import type { AlertNote as _watchfloor_siem_v1_AlertNote, AlertNote__Output as _watchfloor_siem_v1_AlertNote__Output } from './watchfloor/siem/v1/AlertNote';
import type { Case as _watchfloor_siem_v1_Case, Case__Output as _watchfloor_siem_v1_Case__Output } from './watchfloor/siem/v1/Case';
import type { CaseTask as _watchfloor_siem_v1_CaseTask, CaseTask__Output as _watchfloor_siem_v1_CaseTask__Output } from './watchfloor/siem/v1/CaseTask';
import type { CaseTimelineEntry as _watchfloor_siem_v1_CaseTimelineEntry, CaseTimelineEntry__Output as _watchfloor_siem_v1_CaseTimelineEntry__Output } from './watchfloor/siem/v1/CaseTimelineEntry';
import type { CreateCaseRequest as _watchfloor_siem_v1_CreateCaseRequest, CreateCaseRequest__Output as _watchfloor_siem_v1_CreateCaseRequest__Output } from './watchfloor/siem/v1/CreateCaseRequest';
import type { CreateCaseResponse as _watchfloor_siem_v1_CreateCaseResponse, CreateCaseResponse__Output as _watchfloor_siem_v1_CreateCaseResponse__Output } from './watchfloor/siem/v1/CreateCaseResponse';
import type { CreateSuppressionRequest as _watchfloor_siem_v1_CreateSuppressionRequest, CreateSuppressionRequest__Output as _watchfloor_siem_v1_CreateSuppressionRequest__Output } from './watchfloor/siem/v1/CreateSuppressionRequest';
import type { CreateSuppressionResponse as _watchfloor_siem_v1_CreateSuppressionResponse, CreateSuppressionResponse__Output as _watchfloor_siem_v1_CreateSuppressionResponse__Output } from './watchfloor/siem/v1/CreateSuppressionResponse';
import type { DayMetrics as _watchfloor_siem_v1_DayMetrics, DayMetrics__Output as _watchfloor_siem_v1_DayMetrics__Output } from './watchfloor/siem/v1/DayMetrics';
import type { GeoPoint as _watchfloor_siem_v1_GeoPoint, GeoPoint__Output as _watchfloor_siem_v1_GeoPoint__Output } from './watchfloor/siem/v1/GeoPoint';
import type { GetAlertEventsRequest as _watchfloor_siem_v1_GetAlertEventsRequest, GetAlertEventsRequest__Output as _watchfloor_siem_v1_GetAlertEventsRequest__Output } from './watchfloor/siem/v1/GetAlertEventsRequest';
import type { GetAlertEventsResponse as _watchfloor_siem_v1_GetAlertEventsResponse, GetAlertEventsResponse__Output as _watchfloor_siem_v1_GetAlertEventsResponse__Output } from './watchfloor/siem/v1/GetAlertEventsResponse';
import type { GetIngestStatsRequest as _watchfloor_siem_v1_GetIngestStatsRequest, GetIngestStatsRequest__Output as _watchfloor_siem_v1_GetIngestStatsRequest__Output } from './watchfloor/siem/v1/GetIngestStatsRequest';
import type { GetIngestStatsResponse as _watchfloor_siem_v1_GetIngestStatsResponse, GetIngestStatsResponse__Output as _watchfloor_siem_v1_GetIngestStatsResponse__Output } from './watchfloor/siem/v1/GetIngestStatsResponse';
import type { GetSocMetricsRequest as _watchfloor_siem_v1_GetSocMetricsRequest, GetSocMetricsRequest__Output as _watchfloor_siem_v1_GetSocMetricsRequest__Output } from './watchfloor/siem/v1/GetSocMetricsRequest';
import type { GetSocMetricsResponse as _watchfloor_siem_v1_GetSocMetricsResponse, GetSocMetricsResponse__Output as _watchfloor_siem_v1_GetSocMetricsResponse__Output } from './watchfloor/siem/v1/GetSocMetricsResponse';
import type { IngestEventsRequest as _watchfloor_siem_v1_IngestEventsRequest, IngestEventsRequest__Output as _watchfloor_siem_v1_IngestEventsRequest__Output } from './watchfloor/siem/v1/IngestEventsRequest';
import type { IngestEventsResponse as _watchfloor_siem_v1_IngestEventsResponse, IngestEventsResponse__Output as _watchfloor_siem_v1_IngestEventsResponse__Output } from './watchfloor/siem/v1/IngestEventsResponse';
import type { ListAlertsRequest as _watchfloor_siem_v1_ListAlertsRequest, ListAlertsRequest__Output as _watchfloor_siem_v1_ListAlertsRequest__Output } from './watchfloor/siem/v1/ListAlertsRequest';
import type { ListAlertsResponse as _watchfloor_siem_v1_ListAlertsResponse, ListAlertsResponse__Output as _watchfloor_siem_v1_ListAlertsResponse__Output } from './watchfloor/siem/v1/ListAlertsResponse';
import type { ListCasesRequest as _watchfloor_siem_v1_ListCasesRequest, ListCasesRequest__Output as _watchfloor_siem_v1_ListCasesRequest__Output } from './watchfloor/siem/v1/ListCasesRequest';
import type { ListCasesResponse as _watchfloor_siem_v1_ListCasesResponse, ListCasesResponse__Output as _watchfloor_siem_v1_ListCasesResponse__Output } from './watchfloor/siem/v1/ListCasesResponse';
import type { ListSuppressionsRequest as _watchfloor_siem_v1_ListSuppressionsRequest, ListSuppressionsRequest__Output as _watchfloor_siem_v1_ListSuppressionsRequest__Output } from './watchfloor/siem/v1/ListSuppressionsRequest';
import type { ListSuppressionsResponse as _watchfloor_siem_v1_ListSuppressionsResponse, ListSuppressionsResponse__Output as _watchfloor_siem_v1_ListSuppressionsResponse__Output } from './watchfloor/siem/v1/ListSuppressionsResponse';
import type { LoadedRule as _watchfloor_siem_v1_LoadedRule, LoadedRule__Output as _watchfloor_siem_v1_LoadedRule__Output } from './watchfloor/siem/v1/LoadedRule';
import type { MalformedSample as _watchfloor_siem_v1_MalformedSample, MalformedSample__Output as _watchfloor_siem_v1_MalformedSample__Output } from './watchfloor/siem/v1/MalformedSample';
import type { MeanTimes as _watchfloor_siem_v1_MeanTimes, MeanTimes__Output as _watchfloor_siem_v1_MeanTimes__Output } from './watchfloor/siem/v1/MeanTimes';
import type { Observable as _watchfloor_siem_v1_Observable, Observable__Output as _watchfloor_siem_v1_Observable__Output } from './watchfloor/siem/v1/Observable';
import type { PreviewSuppressionRequest as _watchfloor_siem_v1_PreviewSuppressionRequest, PreviewSuppressionRequest__Output as _watchfloor_siem_v1_PreviewSuppressionRequest__Output } from './watchfloor/siem/v1/PreviewSuppressionRequest';
import type { PreviewSuppressionResponse as _watchfloor_siem_v1_PreviewSuppressionResponse, PreviewSuppressionResponse__Output as _watchfloor_siem_v1_PreviewSuppressionResponse__Output } from './watchfloor/siem/v1/PreviewSuppressionResponse';
import type { Rejection as _watchfloor_siem_v1_Rejection, Rejection__Output as _watchfloor_siem_v1_Rejection__Output } from './watchfloor/siem/v1/Rejection';
import type { RejectionCount as _watchfloor_siem_v1_RejectionCount, RejectionCount__Output as _watchfloor_siem_v1_RejectionCount__Output } from './watchfloor/siem/v1/RejectionCount';
import type { RuleMetrics as _watchfloor_siem_v1_RuleMetrics, RuleMetrics__Output as _watchfloor_siem_v1_RuleMetrics__Output } from './watchfloor/siem/v1/RuleMetrics';
import type { SecurityEvent as _watchfloor_siem_v1_SecurityEvent, SecurityEvent__Output as _watchfloor_siem_v1_SecurityEvent__Output } from './watchfloor/siem/v1/SecurityEvent';
import type { SeverityMetrics as _watchfloor_siem_v1_SeverityMetrics, SeverityMetrics__Output as _watchfloor_siem_v1_SeverityMetrics__Output } from './watchfloor/siem/v1/SeverityMetrics';
import type { SiemServiceClient as _watchfloor_siem_v1_SiemServiceClient, SiemServiceDefinition as _watchfloor_siem_v1_SiemServiceDefinition } from './watchfloor/siem/v1/SiemService';
import type { Suppression as _watchfloor_siem_v1_Suppression, Suppression__Output as _watchfloor_siem_v1_Suppression__Output } from './watchfloor/siem/v1/Suppression';
import type { SuppressionMatch as _watchfloor_siem_v1_SuppressionMatch, SuppressionMatch__Output as _watchfloor_siem_v1_SuppressionMatch__Output } from './watchfloor/siem/v1/SuppressionMatch';
import type { SyslogListener as _watchfloor_siem_v1_SyslogListener, SyslogListener__Output as _watchfloor_siem_v1_SyslogListener__Output } from './watchfloor/siem/v1/SyslogListener';
import type { UpdateAlertRequest as _watchfloor_siem_v1_UpdateAlertRequest, UpdateAlertRequest__Output as _watchfloor_siem_v1_UpdateAlertRequest__Output } from './watchfloor/siem/v1/UpdateAlertRequest';
import type { UpdateAlertResponse as _watchfloor_siem_v1_UpdateAlertResponse, UpdateAlertResponse__Output as _watchfloor_siem_v1_UpdateAlertResponse__Output } from './watchfloor/siem/v1/UpdateAlertResponse';
import type { UpdateCaseRequest as _watchfloor_siem_v1_UpdateCaseRequest, UpdateCaseRequest__Output as _watchfloor_siem_v1_UpdateCaseRequest__Output } from './watchfloor/siem/v1/UpdateCaseRequest';
import type { UpdateCaseResponse as _watchfloor_siem_v1_UpdateCaseResponse, UpdateCaseResponse__Output as _watchfloor_siem_v1_UpdateCaseResponse__Output } from './watchfloor/siem/v1/UpdateCaseResponse';
import type { WatchAlertsRequest as _watchfloor_siem_v1_WatchAlertsRequest, WatchAlertsRequest__Output as _watchfloor_siem_v1_WatchAlertsRequest__Output } from './watchfloor/siem/v1/WatchAlertsRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  watchfloor: {
    siem: {
      v1: {
        AcknowledgeAlertRequest: MessageTypeDefinition<_watchfloor_siem_v1_AcknowledgeAlertRequest, _watchfloor_siem_v1_AcknowledgeAlertRequest__Output>
        AcknowledgeAlertResponse: MessageTypeDefinition<_watchfloor_siem_v1_AcknowledgeAlertResponse, _watchfloor_siem_v1_AcknowledgeAlertResponse__Output>
        Alert: MessageTypeDefinition<_watchfloor_siem_v1_Alert, _watchfloor_siem_v1_Alert__Output>
        AlertEvent: MessageTypeDefinition<_watchfloor_siem_v1_AlertEvent, _watchfloor_siem_v1_AlertEvent__Output>
        AlertNote: MessageTypeDefinition<_watchfloor_siem_v1_AlertNote, _watchfloor_siem_v1_AlertNote__Output>
        Case: MessageTypeDefinition<_watchfloor_siem_v1_Case, _watchfloor_siem_v1_Case__Output>
        CaseTask: MessageTypeDefinition<_watchfloor_siem_v1_CaseTask, _watchfloor_siem_v1_CaseTask__Output>
        CaseTimelineEntry: MessageTypeDefinition<_watchfloor_siem_v1_CaseTimelineEntry, _watchfloor_siem_v1_CaseTimelineEntry__Output>
        CreateCaseRequest: MessageTypeDefinition<_watchfloor_siem_v1_CreateCaseRequest, _watchfloor_siem_v1_CreateCaseRequest__Output>
        CreateCaseResponse: MessageTypeDefinition<_watchfloor_siem_v1_CreateCaseResponse, _watchfloor_siem_v1_CreateCaseResponse__Output>
        CreateSuppressionRequest: MessageTypeDefinition<_watchfloor_siem_v1_CreateSuppressionRequest, _watchfloor_siem_v1_CreateSuppressionRequest__Output>
        CreateSuppressionResponse: MessageTypeDefinition<_watchfloor_siem_v1_CreateSuppressionResponse, _watchfloor_siem_v1_CreateSuppressionResponse__Output>
        DayMetrics: MessageTypeDefinition<_watchfloor_siem_v1_DayMetrics, _watchfloor_siem_v1_DayMetrics__Output>
        GeoPoint: MessageTypeDefinition<_watchfloor_siem_v1_GeoPoint, _watchfloor_siem_v1_GeoPoint__Output>
        GetAlertEventsRequest: MessageTypeDefinition<_watchfloor_siem_v1_GetAlertEventsRequest, _watchfloor_siem_v1_GetAlertEventsRequest__Output>
        GetAlertEventsResponse: MessageTypeDefinition<_watchfloor_siem_v1_GetAlertEventsResponse, _watchfloor_siem_v1_GetAlertEventsResponse__Output>
        GetIngestStatsRequest: MessageTypeDefinition<_watchfloor_siem_v1_GetIngestStatsRequest, _watchfloor_siem_v1_GetIngestStatsRequest__Output>
        GetIngestStatsResponse: MessageTypeDefinition<_watchfloor_siem_v1_GetIngestStatsResponse, _watchfloor_siem_v1_GetIngestStatsResponse__Output>
        GetSocMetricsRequest: MessageTypeDefinition<_watchfloor_siem_v1_GetSocMetricsRequest, _watchfloor_siem_v1_GetSocMetricsRequest__Output>
        GetSocMetricsResponse: MessageTypeDefinition<_watchfloor_siem_v1_GetSocMetricsResponse, _watchfloor_siem_v1_GetSocMetricsResponse__Output>
        IngestEventsRequest: MessageTypeDefinition<_watchfloor_siem_v1_IngestEventsRequest, _watchfloor_siem_v1_IngestEventsRequest__Output>
        IngestEventsResponse: MessageTypeDefinition<_watchfloor_siem_v1_IngestEventsResponse, _watchfloor_siem_v1_IngestEventsResponse__Output>
        ListAlertsRequest: MessageTypeDefinition<_watchfloor_siem_v1_ListAlertsRequest, _watchfloor_siem_v1_ListAlertsRequest__Output>
        ListAlertsResponse: MessageTypeDefinition<_watchfloor_siem_v1_ListAlertsResponse, _watchfloor_siem_v1_ListAlertsResponse__Output>
        ListCasesRequest: MessageTypeDefinition<_watchfloor_siem_v1_ListCasesRequest, _watchfloor_siem_v1_ListCasesRequest__Output>
        ListCasesResponse: MessageTypeDefinition<_watchfloor_siem_v1_ListCasesResponse, _watchfloor_siem_v1_ListCasesResponse__Output>
        ListSuppressionsRequest: MessageTypeDefinition<_watchfloor_siem_v1_ListSuppressionsRequest, _watchfloor_siem_v1_ListSuppressionsRequest__Output>
        ListSuppressionsResponse: MessageTypeDefinition<_watchfloor_siem_v1_ListSuppressionsResponse, _watchfloor_siem_v1_ListSuppressionsResponse__Output>
        LoadedRule: MessageTypeDefinition<_watchfloor_siem_v1_LoadedRule, _watchfloor_siem_v1_LoadedRule__Output>
        MalformedSample: MessageTypeDefinition<_watchfloor_siem_v1_MalformedSample, _watchfloor_siem_v1_MalformedSample__Output>
        MeanTimes: MessageTypeDefinition<_watchfloor_siem_v1_MeanTimes, _watchfloor_siem_v1_MeanTimes__Output>
        Observable: MessageTypeDefinition<_watchfloor_siem_v1_Observable, _watchfloor_siem_v1_Observable__Output>
        PreviewSuppressionRequest: MessageTypeDefinition<_watchfloor_siem_v1_PreviewSuppressionRequest, _watchfloor_siem_v1_PreviewSuppressionRequest__Output>
        PreviewSuppressionResponse: MessageTypeDefinition<_watchfloor_siem_v1_PreviewSuppressionResponse, _watchfloor_siem_v1_PreviewSuppressionResponse__Output>
        Rejection: MessageTypeDefinition<_watchfloor_siem_v1_Rejection, _watchfloor_siem_v1_Rejection__Output>
        RejectionCount: MessageTypeDefinition<_watchfloor_siem_v1_RejectionCount, _watchfloor_siem_v1_RejectionCount__Output>
        RuleMetrics: MessageTypeDefinition<_watchfloor_siem_v1_RuleMetrics, _watchfloor_siem_v1_RuleMetrics__Output>
        SecurityEvent: MessageTypeDefinition<_watchfloor_siem_v1_SecurityEvent, _watchfloor_siem_v1_SecurityEvent__Output>
        SeverityMetrics: MessageTypeDefinition<_watchfloor_siem_v1_SeverityMetrics, _watchfloor_siem_v1_SeverityMetrics__Output>
        SiemService: SubtypeConstructor<typeof grpc.Client, _watchfloor_siem_v1_SiemServiceClient> & { service: _watchfloor_siem_v1_SiemServiceDefinition }
        Suppression: MessageTypeDefinition<_watchfloor_siem_v1_Suppression, _watchfloor_siem_v1_Suppression__Output>
        SuppressionMatch: MessageTypeDefinition<_watchfloor_siem_v1_SuppressionMatch, _watchfloor_siem_v1_SuppressionMatch__Output>
        SyslogListener: MessageTypeDefinition<_watchfloor_siem_v1_SyslogListener, _watchfloor_siem_v1_SyslogListener__Output>
        UpdateAlertRequest: MessageTypeDefinition<_watchfloor_siem_v1_UpdateAlertRequest, _watchfloor_siem_v1_UpdateAlertRequest__Output>
        UpdateAlertResponse: MessageTypeDefinition<_watchfloor_siem_v1_UpdateAlertResponse, _watchfloor_siem_v1_UpdateAlertResponse__Output>
        UpdateCaseRequest: MessageTypeDefinition<_watchfloor_siem_v1_UpdateCaseRequest, _watchfloor_siem_v1_UpdateCaseRequest__Output>
        UpdateCaseResponse: MessageTypeDefinition<_watchfloor_siem_v1_UpdateCaseResponse, _watchfloor_siem_v1_UpdateCaseResponse__Output>
        WatchAlertsRequest: MessageTypeDefinition<_watchfloor_siem_v1_WatchAlertsRequest, _watchfloor_siem_v1_WatchAlertsRequest__Output>
      }
    }
  }
}

