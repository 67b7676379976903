// Original file: proto/watchfloor/siem/v1/siem.proto


export interface Rejection {
  'index'?: (number);
  'reason'?: (string);
}

export interface Rejection__Output {
  'index': (number);
  'reason': (string);
}
