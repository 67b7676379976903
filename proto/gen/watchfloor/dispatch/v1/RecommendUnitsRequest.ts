// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface RecommendUnitsRequest {
  'incident_id'?: (string);
  'max_per_requirement'?: (number);
}

export interface RecommendUnitsRequest__Output {
  'incident_id': (string);
  'max_per_requirement': (number);
}
