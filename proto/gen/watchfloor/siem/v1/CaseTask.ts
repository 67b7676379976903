// Original file: proto/watchfloor/siem/v1/soc.proto


export interface CaseTask {
  'id'?: (string);
  'title'?: (string);
  'done'?: (boolean);
  'done_by'?: (string);
}

export interface CaseTask__Output {
  'id': (string);
  'title': (string);
  'done': (boolean);
  'done_by': (string);
}
