import { Malformed, shown } from './event';

export interface SyslogMessage {
  format: 'syslog5424' | 'syslog3164';
  facility: number;
  severity: number;
  /** Epoch ms; 0 when the sender gave none (RFC 5424 "-"). */
  timeMs: number;
  hostname: string;
  appName: string;
  procId: string;
  msgId: string;
  /** RFC 5424 structured data: SD-ID → param → value. */
  structuredData: Record<string, Record<string, string>>;
  msg: string;
}

export interface SyslogOptions {
  /** RFC 3164 timestamps carry no zone or year; minutes east of UTC the senders log in (Hanoi: +420). */
  legacyOffsetMinutes?: number;
  now?: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const BOM = '\uFEFF';

/** Parses one syslog message (RFC 5424, else RFC 3164); throws Malformed naming the bad part. */
export function parseSyslog(line: string, opts: SyslogOptions = {}): SyslogMessage {
  const text = line.replace(/\r?\n$/, '');
  const m = /^<(\d{1,3})>/.exec(text);
  if (!m) throw new Malformed('syslog.pri', `PRI: expected "<0-191>" at the start, got ${shown(text.slice(0, 12))}`);
  const pri = Number(m[1]);
  if (pri > 191 || (m[1].length > 1 && m[1].startsWith('0'))) throw new Malformed('syslog.pri', `PRI: ${shown(m[1])} is not 0–191 without leading zeros`);
  const rest = text.slice(m[0].length);
  const base = { facility: pri >> 3, severity: pri & 7 };
  if (/^[1-9]\d{0,2} /.test(rest)) return { ...base, ...parse5424(rest) };
  return { ...base, ...parse3164(rest, opts) };
}

type Body = Omit<SyslogMessage, 'facility' | 'severity'>;

function parse5424(rest: string): Body {
  const cur = { s: rest, i: 0 };
  const version = field(cur, 'VERSION', 'TIMESTAMP');
  if (version !== '1') throw new Malformed('syslog.version', `VERSION: ${shown(version)} is not supported (only 1)`);
  const ts = field(cur, 'TIMESTAMP', 'HOSTNAME');
  const hostname = header(field(cur, 'HOSTNAME', 'APP-NAME'), 'HOSTNAME', 255);
  const appName = header(field(cur, 'APP-NAME', 'PROCID'), 'APP-NAME', 48);
  const procId = header(field(cur, 'PROCID', 'MSGID'), 'PROCID', 128);
  const msgId = header(field(cur, 'MSGID', 'STRUCTURED-DATA'), 'MSGID', 32);
  const structuredData = parseStructuredData(cur);
  let msg = cur.s.slice(cur.i);
  if (msg !== '' && !msg.startsWith(' ')) throw new Malformed('syslog.sd', `STRUCTURED-DATA: expected a space before MSG at column ${cur.i + 1}, got ${shown(msg.slice(0, 20))}`);
  msg = msg.slice(1);
  if (msg.startsWith(BOM)) msg = msg.slice(1);
  return { format: 'syslog5424', timeMs: parse5424Time(ts), hostname, appName, procId, msgId, structuredData, msg };
}

function field(cur: { s: string; i: number }, name: string, next: string): string {
  const end = cur.s.indexOf(' ', cur.i);
  if (end < 0) throw new Malformed('syslog.header', `${cur.i >= cur.s.length ? name : next}: missing (the header ends at column ${cur.s.length})`);
  const v = cur.s.slice(cur.i, end);
  cur.i = end + 1;
  if (v === '') throw new Malformed('syslog.header', `${name}: empty (two spaces in a row before it)`);
  return v;
}

function header(v: string, name: string, max: number): string {
  if (v === '-') return '';
  if (v.length > max) throw new Malformed('syslog.header', `${name}: ${v.length} characters, over the RFC 5424 limit of ${max}`);
  if (!/^[\x21-\x7e]+$/.test(v)) throw new Malformed('syslog.header', `${name}: ${shown(v)} has characters outside printable US-ASCII`);
  return v;
}

function parse5424Time(ts: string): number {
  if (ts === '-') return 0;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/.exec(ts);
  if (!m) throw new Malformed('syslog.timestamp', `TIMESTAMP: ${shown(ts)} is not RFC 3339 (e.g. 2026-11-23T14:03:01.123+07:00)`);
  const t = Date.parse(ts);
  if (!Number.isFinite(t) || Number(m[2]) > 12 || Number(m[3]) > 31 || Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 60) {
    throw new Malformed('syslog.timestamp', `TIMESTAMP: ${shown(ts)} is not a real date and time`);
  }
  if (t < 0) throw new Malformed('syslog.timestamp', `TIMESTAMP: ${shown(ts)} is before 1970; a clock this wrong cannot place the event`);
  return t;
}

/** STRUCTURED-DATA: "-" or [SD-ID param="value" …]…, values escaping only \" \\ and \]. */
function parseStructuredData(cur: { s: string; i: number }): Record<string, Record<string, string>> {
  const s = cur.s;
  if (s[cur.i] === '-') {
    cur.i++;
    return {};
  }
  if (s[cur.i] !== '[') throw new Malformed('syslog.sd', `STRUCTURED-DATA: expected "-" or "[" at column ${cur.i + 1}, got ${shown(s.slice(cur.i, cur.i + 20))}`);
  const out: Record<string, Record<string, string>> = {};
  while (s[cur.i] === '[') {
    cur.i++;
    const id = /^[^\s=\]"]{1,32}/.exec(s.slice(cur.i))?.[0];
    if (!id) throw new Malformed('syslog.sd', `SD-ID: missing or invalid at column ${cur.i + 1}`);
    cur.i += id.length;
    const params: Record<string, string> = {};
    while (s[cur.i] === ' ') {
      cur.i++;
      const name = /^[^\s=\]"]{1,32}/.exec(s.slice(cur.i))?.[0];
      if (!name || s[cur.i + name.length] !== '=' || s[cur.i + name.length + 1] !== '"') {
        throw new Malformed('syslog.sd', `SD-PARAM in [${id}]: expected name="value" at column ${cur.i + 1}, got ${shown(s.slice(cur.i, cur.i + 20))}`);
      }
      cur.i += name.length + 2;
      let value = '';
      for (;;) {
        const c = s[cur.i];
        if (c === undefined) throw new Malformed('syslog.sd', `SD-PARAM ${id}.${name}: value has no closing quote`);
        if (c === '\\' && (s[cur.i + 1] === '"' || s[cur.i + 1] === '\\' || s[cur.i + 1] === ']')) {
          value += s[cur.i + 1];
          cur.i += 2;
          continue;
        }
        cur.i++;
        if (c === '"') break;
        value += c;
      }
      params[name] = value;
    }
    if (s[cur.i] !== ']') throw new Malformed('syslog.sd', `SD-ELEMENT [${id}]: expected "]" at column ${cur.i + 1}, got ${shown(s.slice(cur.i, cur.i + 20))}`);
    cur.i++;
    out[id] = params;
  }
  return out;
}

/** BSD syslog: "Mmm dd hh:mm:ss HOST TAG[pid]: MSG"; also accepts an RFC 3339 stamp (rsyslog's high-precision form). */
function parse3164(rest: string, opts: SyslogOptions): Body {
  const now = opts.now ?? Date.now();
  let timeMs: number;
  let after: string;
  const bsd = /^([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) /.exec(rest);
  const iso = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})) /.exec(rest);
  if (bsd) {
    const month = MONTHS.indexOf(bsd[1]);
    const [day, h, mi, sec] = [Number(bsd[2].trim()), Number(bsd[3]), Number(bsd[4]), Number(bsd[5])];
    if (month < 0 || day < 1 || day > 31 || h > 23 || mi > 59 || sec > 60) {
      throw new Malformed('syslog.timestamp', `TIMESTAMP: ${shown(bsd[0].trim())} is not a real date and time`);
    }
    const offset = (opts.legacyOffsetMinutes ?? 420) * 60_000;
    const year = new Date(now + offset).getUTCFullYear();
    timeMs = Date.UTC(year, month, day, h, mi, sec) - offset;
    // No year on the wire: a stamp more than a day ahead is last year's (e.g. Dec 31 read on Jan 1).
    if (timeMs > now + 86_400_000) timeMs = Date.UTC(year - 1, month, day, h, mi, sec) - offset;
    after = rest.slice(bsd[0].length);
  } else if (iso) {
    timeMs = parse5424Time(iso[1]);
    after = rest.slice(iso[0].length);
  } else {
    throw new Malformed('syslog.timestamp', `TIMESTAMP: expected "Mmm dd hh:mm:ss" after PRI, got ${shown(rest.slice(0, 20))}`);
  }
  const sp = after.indexOf(' ');
  const hostname = sp < 0 ? after : after.slice(0, sp);
  if (!/^[\x21-\x7e]{1,255}$/.test(hostname)) throw new Malformed('syslog.header', `HOSTNAME: ${shown(hostname)} is missing or has non-printable characters`);
  const content = sp < 0 ? '' : after.slice(sp + 1);
  const tag = content.startsWith('CEF:') ? null : /^([A-Za-z0-9_.\/-]{1,48})(?:\[([^\]]{1,128})\])?: ?/.exec(content);
  return {
    format: 'syslog3164',
    timeMs,
    hostname,
    appName: tag?.[1] ?? '',
    procId: tag?.[2] ?? '',
    msgId: '',
    structuredData: {},
    msg: tag ? content.slice(tag[0].length) : content,
  };
}
