import { parseCef } from './cef';
import { fromEcs, looksLikeEcs } from './ecs';
import { emptyEvent, Malformed, normaliseOutcome, requireCount, requireIp, requirePort, severityFromSyslog, shown, type IngestFormat, type NormalEvent } from './event';
import { parseJsonObject } from './json-path';
import { fromEve, looksLikeEve } from './suricata-eve';
import { parseSyslog, type SyslogMessage, type SyslogOptions } from './syslog';
import { fromWazuh, looksLikeWazuh } from './wazuh';
import { fromCef } from './cef-event';

export interface Normalised {
  event: NormalEvent;
  format: IngestFormat;
}

const BOM = '\uFEFF';

/**
 * One received line (syslog of either RFC, bare CEF, or a JSON line: ECS, Wazuh, Suricata EVE) to a
 * normalised event. Throws Malformed with a reason code and the field that was wrong.
 */
export function normaliseLine(input: string, opts: SyslogOptions = {}): Normalised {
  const line = (input.startsWith(BOM) ? input.slice(1) : input).trim();
  if (line === '') throw new Malformed('format.empty', 'line: empty');
  if (line.startsWith('<')) return fromSyslog(parseSyslog(line, opts), line, opts.now ?? Date.now());
  if (line.startsWith('CEF:')) return { event: fromCef(parseCef(line), line, { timeMs: 0, host: '', now: opts.now ?? Date.now() }), format: 'cef' };
  if (line.startsWith('{')) return fromJsonLine(line);
  throw new Malformed('format.unknown', `line: starts with ${shown(line.slice(0, 16))}; expected syslog "<PRI>", "CEF:" or a JSON object`);
}

export function fromJsonLine(line: string): Normalised {
  const o = parseJsonObject(line);
  if (looksLikeEve(o)) return { event: fromEve(o, line), format: 'eve' };
  if (looksLikeWazuh(o)) return { event: fromWazuh(o, line), format: 'wazuh' };
  if (looksLikeEcs(o)) return { event: fromEcs(o, line), format: 'ecs' };
  throw new Malformed('json.schema', `JSON: not Suricata EVE (event_type + src_ip), Wazuh (rule.level + agent) or ECS (@timestamp); keys: ${shown(Object.keys(o).join(','))}`);
}

function fromSyslog(m: SyslogMessage, line: string, now: number): Normalised {
  const body = m.msg.trimStart();
  if (body.startsWith('CEF:')) return { event: fromCef(parseCef(body), line, { timeMs: m.timeMs, host: m.hostname, now }), format: 'cef' };
  if (body.startsWith('{')) {
    const inner = fromJsonLine(body);
    if (!inner.event.host) inner.event.host = m.hostname;
    inner.event.raw = line;
    return inner;
  }
  const e = emptyEvent();
  e.time_ms = String(m.timeMs || now);
  e.host = m.hostname;
  e.product = (m.appName || 'syslog').toLowerCase();
  e.severity = severityFromSyslog(m.severity);
  e.message = m.msg;
  e.raw = line;
  const pairs: Record<string, string> = {};
  for (const params of Object.values(m.structuredData)) Object.assign(pairs, params);
  for (const kv of m.msg.matchAll(/(?:^|\s)([A-Za-z_][\w.-]{0,31})=("(?:[^"\\]|\\.)*"|\S*)/g)) {
    if (!(kv[1] in pairs)) pairs[kv[1]] = kv[2].startsWith('"') ? kv[2].slice(1, -1).replace(/\\(.)/g, '$1') : kv[2];
  }
  applyPairs(e, pairs, m.format);
  applySshd(e, m.msg, m.format);
  if (!e.action) e.action = m.msgId ? m.msgId.toLowerCase() : 'log';
  return { event: e, format: m.format };
}

const KEYS: Record<string, keyof NormalEvent> = {
  src: 'source_ip', srcip: 'source_ip', src_ip: 'source_ip', source_ip: 'source_ip',
  dst: 'destination_ip', dstip: 'destination_ip', dst_ip: 'destination_ip', destination_ip: 'destination_ip',
  spt: 'source_port', sport: 'source_port', src_port: 'source_port',
  dpt: 'destination_port', dport: 'destination_port', dst_port: 'destination_port',
  user: 'user', usr: 'user', suser: 'user', duser: 'user', username: 'user',
  action: 'action', act: 'action', outcome: 'outcome', result: 'outcome',
  bytes_out: 'bytes_out', sentbyte: 'bytes_out', signature: 'signature', mitre: 'mitre_technique', asset: 'asset_id',
};

function applyPairs(e: NormalEvent, pairs: Record<string, string>, format: string): void {
  const reason = `${format}.field`;
  for (const [k, v] of Object.entries(pairs)) {
    const f = KEYS[k.toLowerCase()];
    if (!f) continue;
    if (f === 'source_ip' || f === 'destination_ip') e[f] = requireIp(reason, k, v);
    else if (f === 'source_port' || f === 'destination_port') e[f] = requirePort(reason, k, v);
    else if (f === 'bytes_out') e.bytes_out = requireCount(reason, k, v);
    else if (f === 'outcome') e.outcome = normaliseOutcome(v);
    else if (f === 'action') e.action = v.toLowerCase();
    else (e as unknown as Record<string, string>)[f] = v;
  }
}

/** OpenSSH's auth lines, the commonest login source on servers and many camera/NVR firmwares. */
function applySshd(e: NormalEvent, msg: string, format: string): void {
  const m = /(Failed|Accepted) (?:password|publickey|keyboard-interactive\/pam) for (?:invalid user )?(\S+) from (\S+) port (\d+)/.exec(msg);
  if (!m) return;
  e.action = 'login';
  e.outcome = m[1] === 'Failed' ? 'failure' : 'success';
  e.user = m[2];
  e.source_ip = requireIp(`${format}.field`, 'sshd from', m[3]);
  e.source_port = requirePort(`${format}.field`, 'sshd port', m[4]);
  if (!e.destination_port) e.destination_port = 22;
}
