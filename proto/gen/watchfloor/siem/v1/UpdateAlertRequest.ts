// Original file: proto/watchfloor/siem/v1/siem.proto


export interface UpdateAlertRequest {
  'request_id'?: (string);
  'alert_id'?: (string);
  'expected_version'?: (number);
  'actor'?: (string);
  'status'?: (string);
  'assignee'?: (string);
  'unassign'?: (boolean);
  'disposition'?: (string);
  'note'?: (string);
}

export interface UpdateAlertRequest__Output {
  'request_id': (string);
  'alert_id': (string);
  'expected_version': (number);
  'actor': (string);
  'status': (string);
  'assignee': (string);
  'unassign': (boolean);
  'disposition': (string);
  'note': (string);
}
