// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface NotifyWardRequest {
  'request_id'?: (string);
  'incident_id'?: (string);
  'step_id'?: (string);
  'message'?: (string);
  'actor'?: (string);
}

export interface NotifyWardRequest__Output {
  'request_id': (string);
  'incident_id': (string);
  'step_id': (string);
  'message': (string);
  'actor': (string);
}
