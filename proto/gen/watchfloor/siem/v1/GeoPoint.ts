// Original file: proto/watchfloor/siem/v1/siem.proto


export interface GeoPoint {
  'lat'?: (number | string);
  'lon'?: (number | string);
}

export interface GeoPoint__Output {
  'lat': (number);
  'lon': (number);
}
