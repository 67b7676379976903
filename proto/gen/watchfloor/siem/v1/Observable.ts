// Original file: proto/watchfloor/siem/v1/soc.proto


export interface Observable {
  'kind'?: (string);
  'value'?: (string);
  'alert_ids'?: (string)[];
}

export interface Observable__Output {
  'kind': (string);
  'value': (string);
  'alert_ids': (string)[];
}
