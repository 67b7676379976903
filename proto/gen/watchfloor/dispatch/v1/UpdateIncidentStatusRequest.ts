// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface UpdateIncidentStatusRequest {
  'request_id'?: (string);
  'incident_id'?: (string);
  'status'?: (string);
  'expected_version'?: (number);
  'actor'?: (string);
  'note'?: (string);
}

export interface UpdateIncidentStatusRequest__Output {
  'request_id': (string);
  'incident_id': (string);
  'status': (string);
  'expected_version': (number);
  'actor': (string);
  'note': (string);
}
