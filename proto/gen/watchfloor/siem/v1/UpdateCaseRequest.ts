// Original file: proto/watchfloor/siem/v1/soc.proto


export interface UpdateCaseRequest {
  'request_id'?: (string);
  'case_id'?: (string);
  'expected_version'?: (number);
  'actor'?: (string);
  'add_task'?: (string);
  'complete_task_id'?: (string);
  'note'?: (string);
  'link_incident_id'?: (string);
  'add_alert_ids'?: (string)[];
  'close'?: (boolean);
  'merge_case_id'?: (string);
}

export interface UpdateCaseRequest__Output {
  'request_id': (string);
  'case_id': (string);
  'expected_version': (number);
  'actor': (string);
  'add_task': (string);
  'complete_task_id': (string);
  'note': (string);
  'link_incident_id': (string);
  'add_alert_ids': (string)[];
  'close': (boolean);
  'merge_case_id': (string);
}
