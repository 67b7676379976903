// Turns a camera's stream_url into ffmpeg arguments (an args array, never a shell line).
import * as path from 'node:path';
import type { VideoQuality } from '../../common/video/video-types';

export type { VideoQuality };

export type SourceKind = 'rtsp' | 'http' | 'file' | 'synthetic';

export interface StreamSource {
  kind: SourceKind;
  /** What ffmpeg opens (-i). */
  input: string;
  url: string;
}

/** Filter graphs for synthetic sources: letters, digits and the graph's punctuation only (no quotes or escapes). */
const LAVFI_GRAPH = /^[A-Za-z0-9_=:.,;#@\-+*/()[\] ]{1,400}$/;

export type SourceCheck = { ok: true; source: StreamSource } | { ok: false; error: string };

export function parseStreamUrl(cameraId: string, url: string): SourceCheck {
  const bad = (why: string): SourceCheck => ({ ok: false, error: `camera ${cameraId}: stream_url ${JSON.stringify(url)} ${why}` });
  if (typeof url !== 'string' || !url.trim()) return bad('is empty: give rtsp://, http(s)://, a file path or lavfi:<filtergraph>');
  if (/[\0\r\n]/.test(url)) return bad('contains control characters');
  if (url.startsWith('lavfi:')) {
    const graph = url.slice('lavfi:'.length);
    // Chains after the first start with a [label]: a graph, never "source;command".
    if (!LAVFI_GRAPH.test(graph) || /;(?!\[)/.test(graph)) return bad('is not a plain lavfi filter graph (letters, digits and = : , . [ ] only; each chain after a ; starts with a [label])');
    if (/\b(movie|amovie)\b|sendcmd|zmq/.test(graph)) return bad('uses a lavfi filter that reads files or commands; only generators and filters are allowed');
    return { ok: true, source: { kind: 'synthetic', input: graph, url } };
  }
  if (/^rtsps?:\/\//i.test(url)) return parsedUrl(url, bad) ?? { ok: true, source: { kind: 'rtsp', input: url, url } };
  if (/^https?:\/\//i.test(url)) return parsedUrl(url, bad) ?? { ok: true, source: { kind: 'http', input: url, url } };
  if (url.startsWith('file://')) return { ok: true, source: { kind: 'file', input: new URL(url).pathname, url } };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[a-z]:[\\/]/i.test(url)) {
    return bad(`has the unsupported scheme "${url.split(':')[0]}:" (use rtsp://, http(s)://, file://, a path or lavfi:)`);
  }
  if (!path.isAbsolute(url)) return bad('is a relative path; give an absolute path to the video file');
  return { ok: true, source: { kind: 'file', input: url, url } };
}

function parsedUrl(url: string, bad: (why: string) => SourceCheck): SourceCheck | null {
  try {
    const u = new URL(url);
    return u.hostname ? null : bad('has no host');
  } catch {
    return bad('is not a valid URL');
  }
}

export interface SubStreamProfile {
  maxHeight: number;
  fps: number;
}

export const SUB_STREAM: SubStreamProfile = { maxHeight: 480, fps: 12 };
export const MAIN_STREAM_GOP = 25;

/** ffmpeg arguments writing fragmented MP4 (H.264) to stdout. copyVideo: the input is H.264 and no scaling is needed. */
export function ffmpegArgs(source: StreamSource, quality: VideoQuality, copyVideo: boolean, sub: SubStreamProfile = SUB_STREAM): string[] {
  const input: string[] = ['-hide_banner', '-loglevel', 'error', '-nostdin'];
  if (source.kind === 'synthetic') input.push('-re', '-f', 'lavfi', '-i', source.input);
  else if (source.kind === 'file') input.push('-re', '-stream_loop', '-1', '-i', source.input);
  else if (source.kind === 'rtsp') input.push('-fflags', 'nobuffer', '-rtsp_transport', 'tcp', '-timeout', '5000000', '-i', source.input);
  else input.push('-fflags', 'nobuffer', '-rw_timeout', '5000000', '-i', source.input);
  const video = copyVideo && quality === 'main'
    ? ['-c:v', 'copy']
    : [
        ...(quality === 'sub' ? ['-vf', `scale=-2:'min(${sub.maxHeight},ih)',fps=${sub.fps}`] : ['-vf', 'format=yuv420p']),
        '-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-profile:v', 'baseline', '-pix_fmt', 'yuv420p',
        '-g', String(quality === 'sub' ? sub.fps : MAIN_STREAM_GOP), '-bf', '0',
      ];
  return [
    ...input,
    '-map', '0:v:0', '-an',
    ...video,
    '-f', 'mp4', '-movflags', 'frag_keyframe+empty_moov+default_base_moof', '-frag_duration', '200000',
    'pipe:1',
  ];
}
