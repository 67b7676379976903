// Original file: proto/watchfloor/siem/v1/soc.proto


export interface GetSocMetricsRequest {
  'days'?: (number);
}

export interface GetSocMetricsRequest__Output {
  'days': (number);
}
