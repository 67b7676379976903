// Turns what ffmpeg/ffprobe said about a failing stream into a reason an operator can act on. Pure.

export interface StreamErrorReason {
  key: 'video.error.unreachable' | 'video.error.notVideo' | 'video.error.unauthorized' | 'video.error.notFound' | 'video.error.ended' | 'video.error.stream';
  params: Record<string, string>;
}

const RULES: [RegExp, StreamErrorReason['key']][] = [
  [/401|unauthori[sz]ed|403|forbidden/i, 'video.error.unauthorized'],
  [/404|not found/i, 'video.error.notFound'],
  [/connection refused|no route to host|network is unreachable|timed? ?out|name or service not known|failed to resolve|could not resolve|connection reset|broken pipe|end of file|i\/o error/i, 'video.error.unreachable'],
  [/invalid data found|no video stream|does not contain any stream|matches no streams|could not find codec|unknown format|moov atom not found/i, 'video.error.notVideo'],
  [/exited \(code 0\)/, 'video.error.ended'],
];

export function classifyStreamError(error: string, url: string): StreamErrorReason {
  const detail = error.replace(/\s+/g, ' ').slice(-200);
  for (const [re, key] of RULES) if (re.test(error)) return { key, params: { url, detail } };
  return { key: 'video.error.stream', params: { url, detail } };
}
