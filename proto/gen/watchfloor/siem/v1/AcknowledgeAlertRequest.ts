// Original file: proto/watchfloor/siem/v1/siem.proto


export interface AcknowledgeAlertRequest {
  'request_id'?: (string);
  'alert_id'?: (string);
  'expected_version'?: (number);
  'actor'?: (string);
}

export interface AcknowledgeAlertRequest__Output {
  'request_id': (string);
  'alert_id': (string);
  'expected_version': (number);
  'actor': (string);
}
