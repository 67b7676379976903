// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { TimelineEntry as _watchfloor_dispatch_v1_TimelineEntry, TimelineEntry__Output as _watchfloor_dispatch_v1_TimelineEntry__Output } from '../../../watchfloor/dispatch/v1/TimelineEntry';

export interface GetIncidentTimelineResponse {
  'incident_id'?: (string);
  'entries'?: (_watchfloor_dispatch_v1_TimelineEntry)[];
}

export interface GetIncidentTimelineResponse__Output {
  'incident_id': (string);
  'entries': (_watchfloor_dispatch_v1_TimelineEntry__Output)[];
}
