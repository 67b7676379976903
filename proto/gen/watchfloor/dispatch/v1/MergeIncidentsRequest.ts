// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface MergeIncidentsRequest {
  'request_id'?: (string);
  'source_incident_id'?: (string);
  'target_incident_id'?: (string);
  'expected_source_version'?: (number);
  'actor'?: (string);
}

export interface MergeIncidentsRequest__Output {
  'request_id': (string);
  'source_incident_id': (string);
  'target_incident_id': (string);
  'expected_source_version': (number);
  'actor': (string);
}
