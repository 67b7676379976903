// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface RecommendUnitsRequest {
  'incident_id'?: (string);
  'max_per_requirement'?: (number);
  'unit_kind'?: (string);
}

export interface RecommendUnitsRequest__Output {
  'incident_id': (string);
  'max_per_requirement': (number);
  'unit_kind': (string);
}
