import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyStreamError } from './stream-errors';

test('stream failures are named by what the operator can do about them', () => {
  const url = 'rtsp://10.0.0.9/cam';
  assert.equal(classifyStreamError('cannot read video from rtsp://10.0.0.9/cam: Connection refused', url).key, 'video.error.unreachable');
  assert.equal(classifyStreamError('cannot read video from http://x/: Connection timed out', url).key, 'video.error.unreachable');
  assert.equal(classifyStreamError('cannot read video from http://x/a.html: Invalid data found when processing input', url).key, 'video.error.notVideo');
  assert.equal(classifyStreamError('cannot read video from /tmp/a.wav: no video stream', url).key, 'video.error.notVideo');
  assert.equal(classifyStreamError('Server returned 401 Unauthorized (authorization failed)', url).key, 'video.error.unauthorized');
  assert.equal(classifyStreamError('HTTP error 404 Not Found', url).key, 'video.error.notFound');
  assert.equal(classifyStreamError('ffmpeg exited (code 0)', url).key, 'video.error.ended');
  const other = classifyStreamError('ffmpeg exited (SIGSEGV)', url);
  assert.deepEqual(other, { key: 'video.error.stream', params: { url, detail: 'ffmpeg exited (SIGSEGV)' } });
});
