// Splits a file's text into upload parts that each fit a bridge frame, never inside a surrogate pair.

export function splitParts(text: string, size: number): string[] {
  if (size < 2) throw new Error(`part size must be at least 2, got ${size}`);
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length ? parts : [''];
}

export function newUploadId(now = Date.now(), random = Math.random()): string {
  return `up-${now.toString(36)}-${Math.floor(random * 1e9).toString(36)}`;
}

/** Base64 of a binary file (an OSM PBF travels over the JSON bridge as text). */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  // A multiple of 3 bytes, so no chunk but the last ends in '=' padding.
  const CHUNK = 3 * 10_922;
  for (let i = 0; i < bytes.length; i += CHUNK) out += btoa(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return out;
}
