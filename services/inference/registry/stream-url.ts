// Stream URL checks for the registry: the schemes the console's video pipeline can open, well formed.

export const STREAM_URL_SCHEMES = ['rtsp', 'rtsps', 'http', 'https', 'file'] as const;
const MAX_URL_LENGTH = 2048;

/** Returns why the URL cannot be a camera stream, or null when it can. */
export function streamUrlProblem(value: string): string | null {
  if (value.length > MAX_URL_LENGTH) return `is ${value.length} characters long; the limit is ${MAX_URL_LENGTH}`;
  if (/\s/.test(value)) return 'contains white space; percent-encode it (%20)';
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value);
  if (!m) return `has no scheme; use one of ${STREAM_URL_SCHEMES.map((s) => s + '://').join(', ')}`;
  const scheme = m[1].toLowerCase();
  if (!(STREAM_URL_SCHEMES as readonly string[]).includes(scheme)) return `has scheme "${scheme}"; use one of ${STREAM_URL_SCHEMES.join(', ')}`;
  const port = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^/@?#]*@)?(?:\[[^\]]*\]|[^/:?#]*):(\d+)/.exec(value)?.[1];
  if (port !== undefined && !(Number(port) >= 1 && Number(port) <= 65535)) return `has port ${port}; ports are 1–65535`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a well-formed URL';
  }
  if (scheme === 'file') {
    if (!value.toLowerCase().startsWith('file:///') && !value.toLowerCase().startsWith('file://localhost/')) return 'must be file:///absolute/path (no host)';
    if (url.pathname === '/' || url.pathname === '') return 'names no file';
    return null;
  }
  if (!value.slice(scheme.length + 1).startsWith('//')) return `must be ${scheme}://host[:port]/path`;
  if (!url.hostname) return 'has no host';
  if (url.port !== '' && !(Number(url.port) >= 1 && Number(url.port) <= 65535)) return `has port ${url.port}; ports are 1–65535`;
  return null;
}
