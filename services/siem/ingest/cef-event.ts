import type { CefMessage } from './cef';
import { emptyEvent, Malformed, normaliseOutcome, requireCount, requireIp, requirePort, shown, type NormalEvent } from './event';

const R = 'cef.field';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** CEF keys to the normalised event; context is what the carrying syslog header said, if any. */
export function fromCef(c: CefMessage, raw: string, ctx: { timeMs: number; host: string; now: number }): NormalEvent {
  const x = c.extension;
  const e = emptyEvent();
  e.time_ms = String(x.rt ? parseCefTime(x.rt) : ctx.timeMs || ctx.now);
  e.host = x.dvchost || ctx.host || x.dhost || '';
  e.source_ip = requireIp(R, 'src', x.src ?? '');
  e.source_port = requirePort(R, 'spt', x.spt);
  e.destination_ip = requireIp(R, 'dst', x.dst ?? '');
  e.destination_port = requirePort(R, 'dpt', x.dpt);
  e.user = x.suser || x.duser || '';
  e.action = (x.act || c.signatureId || 'cef_event').toLowerCase();
  e.outcome = x.outcome ? normaliseOutcome(x.outcome) : '';
  e.severity = c.severity >= 9 ? 'critical' : c.severity >= 7 ? 'high' : c.severity >= 4 ? 'medium' : 'low';
  e.product = c.deviceProduct.toLowerCase();
  e.signature = c.name;
  e.message = x.msg ?? c.name;
  e.bytes_out = requireCount(R, 'out', x.out);
  e.raw = raw;
  for (let n = 1; n <= 6; n++) {
    if (/mitre|technique/i.test(x[`cs${n}Label`] ?? '')) e.mitre_technique = x[`cs${n}`] ?? '';
  }
  return e;
}

/** rt: epoch milliseconds, or "MMM dd yyyy HH:mm:ss[.SSS] [zone]" as ArcSight writes it. */
function parseCefTime(v: string): number {
  if (/^\d{10,13}$/.test(v)) return v.length === 13 ? Number(v) : Number(v) * 1000;
  const m = /^([A-Za-z]{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?(?: (Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$/.exec(v.trim());
  const month = m ? MONTHS.indexOf(m[1].toLowerCase()) : -1;
  if (!m || month < 0) throw new Malformed(R, `rt: ${shown(v)} is not epoch ms or "MMM dd yyyy HH:mm:ss"`);
  const utc = Date.UTC(Number(m[3]), month, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7] ?? 0));
  const zone = m[8] && !/^(Z|UTC|GMT)$/.test(m[8]) ? m[8].replace(':', '') : '+0000';
  const offset = (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  return utc - offset * 60_000;
}
