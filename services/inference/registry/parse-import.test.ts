import assert from 'node:assert/strict';
import test from 'node:test';
import { parseCameraFile } from './parse-import';
import { streamUrlProblem } from './stream-url';
import { WardLocator } from './ward-locator';

const square = (name: string, lon0: number, lat0: number, d: number) => ({
  type: 'Feature',
  properties: { name },
  geometry: { type: 'Polygon', coordinates: [[[lon0, lat0], [lon0 + d, lat0], [lon0 + d, lat0 + d], [lon0, lat0 + d], [lon0, lat0]]] },
});
const wards = WardLocator.fromGeoJson({ type: 'FeatureCollection', features: [square('Hoàn Kiếm', 105.84, 21.02, 0.02), square('Ba Đình', 105.80, 21.02, 0.04)] });

const HEADER = 'id,name,lat,lon,heading_deg,fov_deg,stream_url,sub_stream_url,kind,status,tags,ward';

test('a good CSV gives cameras with their ward found by point-in-polygon, tags split, defaults filled', () => {
  const csv = [
    HEADER,
    'CAM-1,"Hồ Gươm, phía Bắc",21.03,105.85,90,70,rtsp://10.0.0.5:554/main,rtsp://10.0.0.5:554/sub,traffic,online,hồ gươm;đi bộ,',
    'CAM-2,Ngã tư Kim Mã,21.03,105.81,,,https://cams.example.vn/2.m3u8,,SECURITY,,,ba dinh',
    '',
  ].join('\r\n');
  const r = parseCameraFile('csv', csv, wards);
  assert.deepEqual(r.errors, []);
  assert.equal(r.rows, 2);
  const [a, b] = r.cameras;
  assert.equal(a.name, 'Hồ Gươm, phía Bắc');
  assert.equal(a.ward, 'Hoàn Kiếm');
  assert.deepEqual(a.tags, ['hồ gươm', 'đi bộ']);
  assert.equal(a.status, 'online');
  assert.equal(b.kind, 'security');
  assert.equal(b.ward, 'Ba Đình', 'a loosely written known ward is stored in its canonical spelling');
  assert.equal(b.fovDeg, 60);
  assert.equal(b.status, undefined, 'no status: a new camera starts offline, a known one keeps its own');
});

test('bad CSV rows are each reported with row index, line, field and value — all of them, not only the first', () => {
  const csv = [
    HEADER,
    'CAM-1,Good,21.03,105.85,0,60,rtsp://h/a,,traffic,online,,',
    'CAM 2,,105.85,21.03,400,0,ftp://h/x,rtsp://,car,sleeping,,Atlantis',
    'CAM-3,Too few,21.03',
    'CAM-1,Duplicate,21.03,105.85,0,60,rtsp://h/b,,traffic,,,',
  ].join('\n');
  const r = parseCameraFile('csv', csv, wards);
  const row1 = r.errors.filter((e) => e.index === 1).map((e) => [e.field, e.value]);
  assert.deepEqual(row1, [
    ['name', ''],
    ['id', 'CAM 2'],
    ['lat', '105.85'],
    ['lon', '21.03'],
    ['heading_deg', '400'],
    ['fov_deg', '0'],
    ['stream_url', 'ftp://h/x'],
    ['sub_stream_url', 'rtsp://'],
    ['kind', 'car'],
    ['status', 'sleeping'],
    ['ward', 'Atlantis'],
  ]);
  assert.ok(r.errors.every((e) => e.index !== 1 || e.line === 3), 'CSV errors carry the file line');
  assert.match(r.errors.find((e) => e.field === 'lat')!.message, /swapped/);
  const short = r.errors.find((e) => e.index === 2)!;
  assert.equal(short.field, 'row');
  assert.match(short.message, /3 fields; the header has 12/);
  const dup = r.errors.find((e) => e.index === 3)!;
  assert.deepEqual([dup.field, dup.value, dup.line], ['id', 'CAM-1', 5]);
  assert.match(dup.message, /first at line 2/);
});

test('a CSV without the required columns, or with an unclosed quote, says so', () => {
  const noUrl = parseCameraFile('csv', 'id,name,lat,lon\nA,B,21,105.8\n', wards);
  assert.equal(noUrl.errors.length, 1);
  assert.equal(noUrl.errors[0].index, -1);
  assert.match(noUrl.errors[0].message, /no column for stream_url/);
  const quote = parseCameraFile('csv', `${HEADER}\nCAM-1,"never closed,21,105.8\n`, wards);
  assert.match(quote.errors[0].message, /quoted field is never closed/);
  assert.equal(quote.errors[0].line, 2);
  assert.match(parseCameraFile('csv', '', wards).errors[0].message, /empty/);
});

test('semicolon-separated CSV with Vietnamese column names and a BOM is read too', () => {
  const r = parseCameraFile('csv', '\ufeffma;ten;latitude;longitude;url\nC9;Cầu Giấy;21,03;105,80;rtsp://x/1\nC10;Cầu Giấy 2;21.03;105.80;rtsp://x/2\n', wards);
  // Decimal commas are not numbers: that row is rejected rather than guessed.
  assert.deepEqual(r.errors.map((e) => [e.index, e.field, e.value]), [[0, 'lat', '21,03'], [0, 'lon', '105,80']]);
});

test('bad GeoJSON features are reported by feature index with the path of the field', () => {
  const fc = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 'G-1', geometry: { type: 'Point', coordinates: [105.85, 21.03] }, properties: { name: 'Tràng Tiền', stream_url: 'rtsps://cam/1', kind: 'flood', tags: ['ngập', 'hầm'] } },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[105.8, 21], [105.9, 21]] }, properties: {} },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [21.03, 105.85] }, properties: { id: 'G-3', name: 'Swapped', stream_url: 'file:///srv/video/g3.mp4' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [105.85, 21.03] }, properties: { id: 'G-4', name: { vi: 'x' }, stream_url: 'rtsp://cam:99999/x', tags: 'a|b' } },
      { type: 'Nope' },
    ],
  };
  const r = parseCameraFile('geojson', JSON.stringify(fc), wards);
  assert.equal(r.rows, 5);
  assert.deepEqual(r.cameras.map((c) => [c.id, c.ward, c.kind, c.tags.join('/')]), [['G-1', 'Hoàn Kiếm', 'flood', 'ngập/hầm']]);
  const by = (i: number) => r.errors.filter((e) => e.index === i).map((e) => e.field);
  assert.deepEqual(by(1), ['geometry.type']);
  assert.deepEqual(by(2), ['geometry.coordinates[1]', 'geometry.coordinates[0]']);
  assert.deepEqual(by(3), ['properties.name', 'properties.stream_url']);
  assert.deepEqual(by(4), ['type']);
  assert.match(r.errors.find((e) => e.index === 3 && e.field === 'properties.stream_url')!.message, /port 99999/);
  assert.match(parseCameraFile('geojson', '{"type": "FeatureCollection", "features": [', wards).errors[0].message, /not valid JSON/);
  assert.match(parseCameraFile('geojson', '{"type": "Feature"}', wards).errors[0].message, /FeatureCollection/);
});

test('stream URLs: rtsp, rtsps, http, https and file are accepted when well formed; the rest say why not', () => {
  for (const ok of ['rtsp://10.1.2.3:554/Streaming/Channels/101', 'rtsps://cam.hanoi.gov.vn/live', 'http://h:8080/mjpeg', 'https://h/x.m3u8', 'file:///srv/video/a.mp4', 'rtsp://user:pa%20ss@h/s']) {
    assert.equal(streamUrlProblem(ok), null, ok);
  }
  const cases: [string, RegExp][] = [
    ['ftp://h/x', /scheme "ftp"/],
    ['10.0.0.1/stream', /no scheme/],
    ['rtsp:/h/x', /rtsp:\/\/host/],
    ['rtsp://h:0/x', /port/],
    ['http://exa mple/x', /white space/],
    ['file://server/share/a.mp4', /file:\/\/\/absolute/],
    ['rtsp://', /well-formed|no host/],
    ['lavfi:testsrc', /scheme "lavfi"/],
  ];
  for (const [bad, why] of cases) assert.match(streamUrlProblem(bad) ?? 'accepted', why, bad);
});

test('without polygons the ward is the nearest ward centre, as the dispatch engine does', () => {
  const centres = WardLocator.fromCentres([{ name: 'A', center: { lat: 21, lon: 105.8 } }, { name: 'B', center: { lat: 21.1, lon: 105.9 } }]);
  assert.equal(centres.locate(21.09, 105.88), 'B');
  assert.equal(wards.locate(20.5, 105.0), '', 'outside every polygon: no ward');
});
