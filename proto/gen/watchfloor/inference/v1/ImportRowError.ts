// Original file: proto/watchfloor/inference/v1/inference.proto


export interface ImportRowError {
  'index'?: (number);
  'line'?: (number);
  'field'?: (string);
  'value'?: (string);
  'message'?: (string);
}

export interface ImportRowError__Output {
  'index': (number);
  'line': (number);
  'field': (string);
  'value': (string);
  'message': (string);
}
