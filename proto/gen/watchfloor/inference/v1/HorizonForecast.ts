// Original file: proto/watchfloor/inference/v1/inference.proto


export interface HorizonForecast {
  'minutes'?: (number);
  'level_cm'?: (number | string);
  'probability'?: (number | string);
}

export interface HorizonForecast__Output {
  'minutes': (number);
  'level_cm': (number);
  'probability': (number);
}
