import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ffmpegArgs, parseStreamUrl } from './stream-source';

test('rtsp, http, file paths and lavfi graphs are accepted', () => {
  const kinds = ['rtsp://10.0.0.5:554/Streaming/101', 'https://cams.example/hls/1.m3u8', '/srv/video/cam.mp4', 'file:///srv/video/cam.mp4', 'lavfi:testsrc2=size=640x360:rate=25,hue=h=40'].map((u) => {
    const r = parseStreamUrl('CAM-1', u);
    return r.ok ? r.source.kind : r.error;
  });
  assert.deepEqual(kinds, ['rtsp', 'http', 'file', 'file', 'synthetic']);
});

test('bad URLs are refused naming the camera and the URL', () => {
  const err = (u: string) => {
    const r = parseStreamUrl('CAM-0007', u);
    return r.ok ? 'accepted' : r.error;
  };
  assert.equal(err('ftp://x/y'), 'camera CAM-0007: stream_url "ftp://x/y" has the unsupported scheme "ftp:" (use rtsp://, http(s)://, file://, a path or lavfi:)');
  assert.match(err(''), /CAM-0007: stream_url "" is empty/);
  assert.match(err('video/cam.mp4'), /relative path/);
  assert.match(err('lavfi:movie=/etc/passwd'), /reads files/);
  assert.match(err("lavfi:testsrc;rm -rf /"), /not a plain lavfi filter graph/);
  assert.equal(parseStreamUrl('CAM-1', 'lavfi:color=s=64x36,split[a][b];[b]crop=8:8:0:0[c];[a][c]overlay=x=t*10').ok, true);
  assert.match(err('rtsp://'), /not a valid URL|no host/);
});

test('H.264 main streams are remuxed; sub-streams and other codecs are transcoded to baseline H.264', () => {
  const src = parseStreamUrl('CAM-1', 'rtsp://10.0.0.5/1');
  assert.ok(src.ok);
  const copy = ffmpegArgs(src.source, 'main', true);
  assert.deepEqual(copy.slice(copy.indexOf('-c:v'), copy.indexOf('-c:v') + 2), ['-c:v', 'copy']);
  assert.ok(copy.includes('frag_keyframe+empty_moov+default_base_moof'));
  assert.equal(copy.at(-1), 'pipe:1');
  const sub = ffmpegArgs(src.source, 'sub', true);
  assert.ok(sub.includes('libx264') && sub.includes('baseline') && sub.includes('zerolatency'));
  assert.match(sub[sub.indexOf('-vf') + 1], /fps=12/);
});
