// Original file: proto/watchfloor/siem/v1/soc.proto


export interface CreateCaseRequest {
  'request_id'?: (string);
  'alert_ids'?: (string)[];
  'title'?: (string);
  'actor'?: (string);
}

export interface CreateCaseRequest__Output {
  'request_id': (string);
  'alert_ids': (string)[];
  'title': (string);
  'actor': (string);
}
