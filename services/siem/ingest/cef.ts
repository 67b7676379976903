import { Malformed, shown } from './event';

export interface CefMessage {
  version: number;
  deviceVendor: string;
  deviceProduct: string;
  deviceVersion: string;
  signatureId: string;
  name: string;
  /** 0–10, from a number or Unknown/Low/Medium/High/Very-High. */
  severity: number;
  extension: Record<string, string>;
}

const WORD_SEVERITY: Record<string, number> = { unknown: 0, low: 2, medium: 5, high: 8, 'very-high': 10 };
const HEADER_NAMES = ['Version', 'Device Vendor', 'Device Product', 'Device Version', 'Device Event Class ID', 'Name', 'Severity'];

/**
 * Parses "CEF:Version|Vendor|Product|DevVersion|SignatureID|Name|Severity|Extension".
 * Header fields escape "\|" and "\\"; extension values escape "\=", "\\", "\n" and "\r".
 */
export function parseCef(text: string): CefMessage {
  const start = text.indexOf('CEF:');
  if (start < 0) throw new Malformed('cef.header', `prefix: expected "CEF:" at the start, got ${shown(text.slice(0, 16))}`);
  const fields: string[] = [];
  let cur = '';
  let i = start + 4;
  for (; i < text.length && fields.length < 7; i++) {
    const c = text[i];
    if (c === '\\' && (text[i + 1] === '|' || text[i + 1] === '\\')) {
      cur += text[++i];
    } else if (c === '|') {
      fields.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  if (fields.length < 7) {
    const present = fields.length + (cur === '' ? 0 : 1);
    if (present >= 7) throw new Malformed('cef.header', 'Severity: not followed by "|" (required even when the extension is empty)');
    throw new Malformed('cef.header', `${HEADER_NAMES[present]}: missing; a CEF header has 7 fields separated by unescaped "|", found ${present}`);
  }
  const version = Number(fields[0]);
  if (fields[0] !== '0' && fields[0] !== '1') throw new Malformed('cef.header', `Version: ${shown(fields[0])} is not 0 or 1`);
  const sevText = fields[6].trim();
  const severity = /^\d{1,2}$/.test(sevText) ? Number(sevText) : WORD_SEVERITY[sevText.toLowerCase()];
  if (severity === undefined || severity > 10) throw new Malformed('cef.header', `Severity: ${shown(fields[6])} is not 0–10 or Unknown/Low/Medium/High/Very-High`);
  if (!fields[1] || !fields[2]) throw new Malformed('cef.header', `${fields[1] ? 'Device Product' : 'Device Vendor'}: is empty`);
  return {
    version,
    deviceVendor: fields[1],
    deviceProduct: fields[2],
    deviceVersion: fields[3],
    signatureId: fields[4],
    name: fields[5],
    severity,
    extension: parseExtension(text.slice(i)),
  };
}

const KEY_AT = /(^|[ ])([A-Za-z0-9_.\[\]-]{1,63})=/g;

/** key=value pairs; a value runs (spaces included) until the next unescaped " key=". */
export function parseExtension(ext: string): Record<string, string> {
  const starts: { key: string; keyAt: number; valueAt: number }[] = [];
  KEY_AT.lastIndex = 0;
  for (let m = KEY_AT.exec(ext); m; m = KEY_AT.exec(ext)) {
    const eq = m.index + m[0].length - 1;
    if (isEscaped(ext, eq)) continue;
    starts.push({ key: m[2], keyAt: m.index + m[1].length, valueAt: eq + 1 });
  }
  const out: Record<string, string> = {};
  if (starts.length === 0) {
    if (ext.trim()) throw new Malformed('cef.extension', `extension: ${shown(ext)} has no key=value pair`);
    return out;
  }
  const lead = ext.slice(0, starts[0].keyAt).trim();
  if (lead) throw new Malformed('cef.extension', `extension: text ${shown(lead)} before the first key=value`);
  starts.forEach((s, n) => {
    const end = n + 1 < starts.length ? starts[n + 1].keyAt - 1 : ext.length;
    // An unescaped "=" not preceded by " key" (e.g. in a URL query) stays part of the value, as ArcSight reads it.
    out[s.key] = unescapeValue(ext.slice(s.valueAt, end).trimEnd());
  });
  return out;
}

function isEscaped(s: string, at: number): boolean {
  let n = 0;
  for (let j = at - 1; j >= 0 && s[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

function unescapeValue(v: string): string {
  return v.replace(/\\([\\=nr|])/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}
