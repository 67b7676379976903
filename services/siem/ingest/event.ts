import { isIP } from 'node:net';
import type { SecurityEvent__Output } from '../../../proto/gen/watchfloor/siem/v1/SecurityEvent';

export type NormalEvent = SecurityEvent__Output;

/** Which wire format an accepted event came in as. */
export type IngestFormat = 'syslog5424' | 'syslog3164' | 'cef' | 'ecs' | 'wazuh' | 'eve' | 'grpc';

/** Input that cannot become an event: a stable reason code (counted) and what exactly was wrong. */
export class Malformed extends Error {
  constructor(
    readonly reason: string,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

export function emptyEvent(): NormalEvent {
  return {
    time_ms: '0', host: '', source_ip: '', source_port: 0, destination_ip: '', destination_port: 0, user: '', action: '', outcome: '',
    severity: '', product: '', asset_id: '', message: '', raw: '', signature: '', mitre_technique: '', bytes_out: '0', source_geo: null,
  };
}

/** A quoted, cut-down rendering of a bad value for a rejection message. */
export function shown(value: unknown, max = 60): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
}

export function requireIp(reason: string, field: string, value: string): string {
  const v = value.trim();
  if (v === '' || v === '-') return '';
  const bare = v.startsWith('[') && v.endsWith(']') ? v.slice(1, -1) : v;
  if (!isIP(bare)) throw new Malformed(reason, `${field}: ${shown(value)} is not an IPv4 or IPv6 address`);
  return bare;
}

export function requirePort(reason: string, field: string, value: unknown): number {
  if (value === undefined || value === null || value === '') return 0;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Malformed(reason, `${field}: ${shown(String(value))} is not a port (0–65535)`);
  return n;
}

export function requireCount(reason: string, field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '0';
  const s = String(value).trim();
  if (!/^\d{1,18}$/.test(s)) throw new Malformed(reason, `${field}: ${shown(s)} is not a non-negative byte count`);
  return String(Number(s));
}

/** success / failure / unknown from the many spellings log sources use. */
export function normaliseOutcome(value: string): string {
  const v = value.trim().toLowerCase();
  if (!v) return '';
  if (['success', 'succeeded', 'successful', 'ok', 'allow', 'allowed', 'accept', 'accepted', 'pass', 'permit'].includes(v)) return 'success';
  if (['failure', 'failed', 'fail', 'deny', 'denied', 'reject', 'rejected', 'drop', 'dropped', 'block', 'blocked', 'error'].includes(v)) return 'failure';
  return 'unknown';
}

/** Syslog severity (0 emergency … 7 debug) to the alert scale. */
export function severityFromSyslog(sev: number): string {
  if (sev <= 2) return 'critical';
  if (sev === 3) return 'high';
  if (sev === 4) return 'medium';
  return 'low';
}

/** Epoch ms from an ISO 8601 / RFC 3339 timestamp, accepting "+0700" offsets (Suricata, Wazuh). */
export function parseIsoTime(reason: string, field: string, value: unknown): number {
  if (typeof value !== 'string' || value === '') throw new Malformed(reason, `${field}: is required (an ISO 8601 timestamp)`);
  const fixed = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i.test(fixed)) {
    throw new Malformed(reason, `${field}: ${shown(value)} is not an ISO 8601 timestamp`);
  }
  // No zone: ECS and EVE timestamps are UTC unless they say otherwise.
  const t = Date.parse(/(Z|[+-]\d{2}:\d{2})$/i.test(fixed) ? fixed : `${fixed}Z`);
  if (!Number.isFinite(t)) throw new Malformed(reason, `${field}: ${shown(value)} is not a real date`);
  if (t < 0) throw new Malformed(reason, `${field}: ${shown(value)} is before 1970; a clock this wrong cannot place the event`);
  return t;
}
