import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AcknowledgeAlertRequest as _watchfloor_siem_v1_AcknowledgeAlertRequest, AcknowledgeAlertRequest__Output as _watchfloor_siem_v1_AcknowledgeAlertRequest__Output } from './watchfloor/siem/v1/AcknowledgeAlertRequest';
import type { AcknowledgeAlertResponse as _watchfloor_siem_v1_AcknowledgeAlertResponse, AcknowledgeAlertResponse__Output as _watchfloor_siem_v1_AcknowledgeAlertResponse__Output } from './watchfloor/siem/v1/AcknowledgeAlertResponse';
import type { Alert as _watchfloor_siem_v1_Alert, Alert__Output as _watchfloor_siem_v1_Alert__Output } from './watchfloor/siem/v1/Alert';
import type { AlertEvent as _watchfloor_siem_v1_AlertEvent, AlertEvent__Output as _watchfloor_siem_v1_AlertEvent__Output } from './watchfloor/siem/v1/AlertEvent';
import type { GeoPoint as _watchfloor_siem_v1_GeoPoint, GeoPoint__Output as _watchfloor_siem_v1_GeoPoint__Output } from './watchfloor/siem/v1/GeoPoint';
import type { GetIngestStatsRequest as _watchfloor_siem_v1_GetIngestStatsRequest, GetIngestStatsRequest__Output as _watchfloor_siem_v1_GetIngestStatsRequest__Output } from './watchfloor/siem/v1/GetIngestStatsRequest';
import type { GetIngestStatsResponse as _watchfloor_siem_v1_GetIngestStatsResponse, GetIngestStatsResponse__Output as _watchfloor_siem_v1_GetIngestStatsResponse__Output } from './watchfloor/siem/v1/GetIngestStatsResponse';
import type { IngestEventsRequest as _watchfloor_siem_v1_IngestEventsRequest, IngestEventsRequest__Output as _watchfloor_siem_v1_IngestEventsRequest__Output } from './watchfloor/siem/v1/IngestEventsRequest';
import type { IngestEventsResponse as _watchfloor_siem_v1_IngestEventsResponse, IngestEventsResponse__Output as _watchfloor_siem_v1_IngestEventsResponse__Output } from './watchfloor/siem/v1/IngestEventsResponse';
import type { ListAlertsRequest as _watchfloor_siem_v1_ListAlertsRequest, ListAlertsRequest__Output as _watchfloor_siem_v1_ListAlertsRequest__Output } from './watchfloor/siem/v1/ListAlertsRequest';
import type { ListAlertsResponse as _watchfloor_siem_v1_ListAlertsResponse, ListAlertsResponse__Output as _watchfloor_siem_v1_ListAlertsResponse__Output } from './watchfloor/siem/v1/ListAlertsResponse';
import type { MalformedSample as _watchfloor_siem_v1_MalformedSample, MalformedSample__Output as _watchfloor_siem_v1_MalformedSample__Output } from './watchfloor/siem/v1/MalformedSample';
import type { Rejection as _watchfloor_siem_v1_Rejection, Rejection__Output as _watchfloor_siem_v1_Rejection__Output } from './watchfloor/siem/v1/Rejection';
import type { RejectionCount as _watchfloor_siem_v1_RejectionCount, RejectionCount__Output as _watchfloor_siem_v1_RejectionCount__Output } from './watchfloor/siem/v1/RejectionCount';
import type { SecurityEvent as _watchfloor_siem_v1_SecurityEvent, SecurityEvent__Output as _watchfloor_siem_v1_SecurityEvent__Output } from './watchfloor/siem/v1/SecurityEvent';
import type { SiemServiceClient as _watchfloor_siem_v1_SiemServiceClient, SiemServiceDefinition as _watchfloor_siem_v1_SiemServiceDefinition } from './watchfloor/siem/v1/SiemService';
import type { SyslogListener as _watchfloor_siem_v1_SyslogListener, SyslogListener__Output as _watchfloor_siem_v1_SyslogListener__Output } from './watchfloor/siem/v1/SyslogListener';
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
        GeoPoint: MessageTypeDefinition<_watchfloor_siem_v1_GeoPoint, _watchfloor_siem_v1_GeoPoint__Output>
        GetIngestStatsRequest: MessageTypeDefinition<_watchfloor_siem_v1_GetIngestStatsRequest, _watchfloor_siem_v1_GetIngestStatsRequest__Output>
        GetIngestStatsResponse: MessageTypeDefinition<_watchfloor_siem_v1_GetIngestStatsResponse, _watchfloor_siem_v1_GetIngestStatsResponse__Output>
        IngestEventsRequest: MessageTypeDefinition<_watchfloor_siem_v1_IngestEventsRequest, _watchfloor_siem_v1_IngestEventsRequest__Output>
        IngestEventsResponse: MessageTypeDefinition<_watchfloor_siem_v1_IngestEventsResponse, _watchfloor_siem_v1_IngestEventsResponse__Output>
        ListAlertsRequest: MessageTypeDefinition<_watchfloor_siem_v1_ListAlertsRequest, _watchfloor_siem_v1_ListAlertsRequest__Output>
        ListAlertsResponse: MessageTypeDefinition<_watchfloor_siem_v1_ListAlertsResponse, _watchfloor_siem_v1_ListAlertsResponse__Output>
        MalformedSample: MessageTypeDefinition<_watchfloor_siem_v1_MalformedSample, _watchfloor_siem_v1_MalformedSample__Output>
        Rejection: MessageTypeDefinition<_watchfloor_siem_v1_Rejection, _watchfloor_siem_v1_Rejection__Output>
        RejectionCount: MessageTypeDefinition<_watchfloor_siem_v1_RejectionCount, _watchfloor_siem_v1_RejectionCount__Output>
        SecurityEvent: MessageTypeDefinition<_watchfloor_siem_v1_SecurityEvent, _watchfloor_siem_v1_SecurityEvent__Output>
        SiemService: SubtypeConstructor<typeof grpc.Client, _watchfloor_siem_v1_SiemServiceClient> & { service: _watchfloor_siem_v1_SiemServiceDefinition }
        SyslogListener: MessageTypeDefinition<_watchfloor_siem_v1_SyslogListener, _watchfloor_siem_v1_SyslogListener__Output>
        WatchAlertsRequest: MessageTypeDefinition<_watchfloor_siem_v1_WatchAlertsRequest, _watchfloor_siem_v1_WatchAlertsRequest__Output>
      }
    }
  }
}

