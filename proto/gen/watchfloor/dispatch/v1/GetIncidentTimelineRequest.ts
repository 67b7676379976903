// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface GetIncidentTimelineRequest {
  'incident_id'?: (string);
}

export interface GetIncidentTimelineRequest__Output {
  'incident_id': (string);
}
