// Original file: proto/watchfloor/siem/v1/soc.proto


export interface MeanTimes {
  'alerts'?: (number);
  'mttd_ms'?: (number | string);
  'mttd_n'?: (number);
  'mtta_ms'?: (number | string);
  'mtta_n'?: (number);
  'mttr_ms'?: (number | string);
  'mttr_n'?: (number);
}

export interface MeanTimes__Output {
  'alerts': (number);
  'mttd_ms': (number);
  'mttd_n': (number);
  'mtta_ms': (number);
  'mtta_n': (number);
  'mttr_ms': (number);
  'mttr_n': (number);
}
