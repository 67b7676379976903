// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface ReleaseUnitRequest {
  'request_id'?: (string);
  'unit_id'?: (string);
  'actor'?: (string);
}

export interface ReleaseUnitRequest__Output {
  'request_id': (string);
  'unit_id': (string);
  'actor': (string);
}
