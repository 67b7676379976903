// Original file: proto/watchfloor/inference/v1/inference.proto


export interface GeoBox {
  'min_lat'?: (number | string);
  'min_lon'?: (number | string);
  'max_lat'?: (number | string);
  'max_lon'?: (number | string);
}

export interface GeoBox__Output {
  'min_lat': (number);
  'min_lon': (number);
  'max_lat': (number);
  'max_lon': (number);
}
