// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface CoverageGap {
  'capability'?: (string);
  'ward'?: (string);
  'minutes'?: (number | string);
  'covering_before'?: (number);
}

export interface CoverageGap__Output {
  'capability': (string);
  'ward': (string);
  'minutes': (number);
  'covering_before': (number);
}
