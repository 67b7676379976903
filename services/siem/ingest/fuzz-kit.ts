// Seeded mutators for the parser fuzz tests: byte-level edits, RFC-aware token swaps and JSON
// value/type swaps, so the fuzz reaches past each format's first check instead of dying at byte one.

import { Malformed } from './event';

export type Rnd = () => number;

/** Characters that carry meaning in at least one of the formats (delimiters, escapes, BOM, NUL). */
export const SPECIAL = '<>|\\="{}[]:, -\n\r\t\0\uFEFF0123456789abcCEF@.T+Z';

const TOKENS = [
  '<0>', '<191>', '<192>', '<007>', '<999999>', '<>', '1 ', '2 ', '- ', '-', '[', ']', '[x@1 a="b"]', '[x@1 a="\\]"]', '[x a=b]', '\\', '\\\\',
  '\\|', '\\=', '\\n', '|', '=', ' k=', 'CEF:0|', 'CEF:9|', 'CEF:', '2026-02-30T25:61:61Z', '2026-11-23T14:03:01.123456+07:00', 'Feb 30 24:00:00 ',
  'Nov 23 14:03:01 ', '\uFEFF', '\u0000', '\r\n', '{', '}', '"', '":', 'null', '1e400', '-0', 'NaN', '99999999999999999999', '::1', '999.1.1.1',
  'fe80::1%eth0', '65536', '-1', '\ud800', '😀', 'Hà Nội', '%n%s', '${jndi:x}', '\u202e',
];

export function pickFrom<T>(rnd: Rnd, items: ArrayLike<T>): T {
  return items[Math.floor(rnd() * items.length)];
}

/** 1–4 random edits: delete a run, insert a special char or token, replace with any BMP char, truncate. */
export function mutateText(rnd: Rnd, s: string): string {
  let out = s;
  const n = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rnd() * (out.length + 1));
    const op = rnd();
    if (op < 0.2) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(rnd() * 8));
    else if (op < 0.4) out = out.slice(0, at) + pickFrom(rnd, SPECIAL) + out.slice(at);
    else if (op < 0.6) out = out.slice(0, at) + pickFrom(rnd, TOKENS) + out.slice(at);
    else if (op < 0.75) out = out.slice(0, at) + String.fromCharCode(Math.floor(rnd() * 0x10000)) + out.slice(at + 1);
    else if (op < 0.85) out = out.slice(0, at) + out.slice(at, at + 1 + Math.floor(rnd() * 30)).repeat(2 + Math.floor(rnd() * 3)) + out.slice(at);
    else out = out.slice(0, at);
  }
  return out;
}

/** Replaces one space-separated field (syslog header, CEF extension pair) with a token or a mutation of itself. */
export function mutateField(rnd: Rnd, s: string, sep = ' '): string {
  const parts = s.split(sep);
  const i = Math.floor(rnd() * parts.length);
  const r = rnd();
  parts[i] = r < 0.4 ? pickFrom(rnd, TOKENS) : r < 0.6 ? '' : mutateText(rnd, parts[i]);
  return parts.join(sep);
}

/** Random text over the special alphabet plus any BMP character. */
export function randomText(rnd: Rnd, maxLen = 120): string {
  const len = Math.floor(rnd() * maxLen);
  let s = '';
  for (let i = 0; i < len; i++) s += rnd() < 0.8 ? pickFrom(rnd, SPECIAL) : String.fromCharCode(Math.floor(rnd() * 0x10000));
  return s;
}

function randomValue(rnd: Rnd, depth = 0): unknown {
  const r = rnd();
  if (r < 0.15) return null;
  if (r < 0.3) return pickFrom(rnd, [0, -1, 1.5, 65535, 65536, 1e21, -1e-7, Number.MAX_SAFE_INTEGER + 2]);
  if (r < 0.4) return rnd() < 0.5;
  if (r < 0.7) return rnd() < 0.5 ? pickFrom(rnd, TOKENS) : randomText(rnd, 40);
  if (r < 0.85 || depth > 2) return [randomValue(rnd, depth + 1), randomValue(rnd, depth + 1)];
  return { [pickFrom(rnd, ['ip', 'name', 'id', '', '__proto__', 'constructor'])]: randomValue(rnd, depth + 1) };
}

/** JSON-aware: swap a leaf's value or type, delete a key, or add one, keeping the text valid JSON. */
export function mutateJson(rnd: Rnd, json: string): string {
  const root = JSON.parse(json) as Record<string, unknown>;
  const edits = 1 + Math.floor(rnd() * 3);
  for (let e = 0; e < edits; e++) {
    let node: Record<string, unknown> = root;
    for (;;) {
      const keys = Object.keys(node);
      if (!keys.length) break;
      const k = pickFrom(rnd, keys);
      const child = node[k];
      if (child && typeof child === 'object' && !Array.isArray(child) && rnd() < 0.6) {
        node = child as Record<string, unknown>;
        continue;
      }
      const r = rnd();
      if (r < 0.6) node[k] = randomValue(rnd);
      else if (r < 0.8) delete node[k];
      else node[`${k}_${Math.floor(rnd() * 9)}`] = randomValue(rnd);
      break;
    }
  }
  return JSON.stringify(root);
}

export interface FuzzTally {
  accepted: number;
  reasons: Map<string, number>;
}

const REASON = /^[a-z0-9_]+\.[a-z0-9_.]+$/;

/**
 * Runs `parse` on each line; a line must parse or throw Malformed with a reason code and a detail.
 * Anything else (TypeError, RangeError, a non-Malformed throw) fails with the line that caused it.
 */
export function fuzzLines(count: number, makeLine: (i: number) => string, parse: (line: string) => void): FuzzTally {
  const tally: FuzzTally = { accepted: 0, reasons: new Map() };
  for (let i = 0; i < count; i++) {
    const line = makeLine(i);
    try {
      parse(line);
      tally.accepted++;
    } catch (err) {
      if (!(err instanceof Malformed)) throw new Error(`line ${i} crashed the parser with ${String(err)}: ${JSON.stringify(line)}`);
      if (!REASON.test(err.reason) || !err.detail.trim()) throw new Error(`line ${i} was rejected without a reason (${JSON.stringify(err.reason)}: ${JSON.stringify(err.detail)})`);
      tally.reasons.set(err.reason, (tally.reasons.get(err.reason) ?? 0) + 1);
    }
  }
  return tally;
}
