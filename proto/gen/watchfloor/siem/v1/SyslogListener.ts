// Original file: proto/watchfloor/siem/v1/siem.proto


export interface SyslogListener {
  'transport'?: (string);
  'address'?: (string);
}

export interface SyslogListener__Output {
  'transport': (string);
  'address': (string);
}
