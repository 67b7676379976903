// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface ListIncidentsRequest {
  'include_closed'?: (boolean);
}

export interface ListIncidentsRequest__Output {
  'include_closed': (boolean);
}
