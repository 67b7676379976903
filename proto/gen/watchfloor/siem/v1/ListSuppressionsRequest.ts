// Original file: proto/watchfloor/siem/v1/soc.proto


export interface ListSuppressionsRequest {
  'include_expired'?: (boolean);
}

export interface ListSuppressionsRequest__Output {
  'include_expired': (boolean);
}
