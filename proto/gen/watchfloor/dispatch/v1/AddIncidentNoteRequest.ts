// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface AddIncidentNoteRequest {
  'request_id'?: (string);
  'incident_id'?: (string);
  'text'?: (string);
  'actor'?: (string);
}

export interface AddIncidentNoteRequest__Output {
  'request_id': (string);
  'incident_id': (string);
  'text': (string);
  'actor': (string);
}
