// Original file: proto/watchfloor/siem/v1/siem.proto


export interface GetAlertEventsRequest {
  'alert_id'?: (string);
}

export interface GetAlertEventsRequest__Output {
  'alert_id': (string);
}
