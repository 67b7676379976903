// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface TickSopStepRequest {
  'request_id'?: (string);
  'incident_id'?: (string);
  'step_id'?: (string);
  'expected_version'?: (number);
  'actor'?: (string);
}

export interface TickSopStepRequest__Output {
  'request_id': (string);
  'incident_id': (string);
  'step_id': (string);
  'expected_version': (number);
  'actor': (string);
}
