// Original file: proto/watchfloor/inference/v1/inference.proto


export interface GeoPoint {
  'lat'?: (number | string);
  'lon'?: (number | string);
}

export interface GeoPoint__Output {
  'lat': (number);
  'lon': (number);
}
