// Original file: proto/watchfloor/siem/v1/siem.proto


export interface ListAlertsRequest {
  'include_closed'?: (boolean);
}

export interface ListAlertsRequest__Output {
  'include_closed': (boolean);
}
