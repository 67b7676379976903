// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface AssignUnitsRequest {
  'request_id'?: (string);
  'incident_id'?: (string);
  'unit_ids'?: (string)[];
  'expected_version'?: (number);
  'actor'?: (string);
  'allow_reallocation'?: (boolean);
}

export interface AssignUnitsRequest__Output {
  'request_id': (string);
  'incident_id': (string);
  'unit_ids': (string)[];
  'expected_version': (number);
  'actor': (string);
  'allow_reallocation': (boolean);
}
