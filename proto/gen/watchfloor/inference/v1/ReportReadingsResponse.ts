// Original file: proto/watchfloor/inference/v1/inference.proto


export interface ReportReadingsResponse {
  'accepted'?: (number);
  'duplicates'?: (number);
}

export interface ReportReadingsResponse__Output {
  'accepted': (number);
  'duplicates': (number);
}
