// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface GeoPoint {
  'lat'?: (number | string);
  'lon'?: (number | string);
}

export interface GeoPoint__Output {
  'lat': (number);
  'lon': (number);
}
