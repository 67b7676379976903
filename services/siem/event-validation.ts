import { isIP } from 'node:net';
import type { SecurityEvent__Output } from '../../proto/gen/watchfloor/siem/v1/SecurityEvent';

const SEVERITIES = ['', 'low', 'medium', 'high', 'critical'];
const OUTCOMES = ['', 'success', 'failure', 'unknown'];

/** Why one normalised event cannot be accepted, or null when it can. */
export function rejectReason(e: SecurityEvent__Output, now: number): string | null {
  const t = Number(e.time_ms);
  if (!Number.isFinite(t) || t <= 0) return `time_ms: must be epoch milliseconds, got ${JSON.stringify(e.time_ms)}`;
  if (t > now + 5 * 60_000) return `time_ms: ${new Date(t).toISOString()} is more than 5 minutes in the future`;
  if (!e.action) return 'action: is required';
  if (!SEVERITIES.includes(e.severity)) return `severity: "${e.severity}" is not one of low, medium, high, critical`;
  if (!OUTCOMES.includes(e.outcome)) return `outcome: "${e.outcome}" is not one of success, failure, unknown`;
  if (e.source_port < 0 || e.source_port > 65535) return `source_port: ${e.source_port} is out of range 0–65535`;
  if (e.destination_port < 0 || e.destination_port > 65535) return `destination_port: ${e.destination_port} is out of range 0–65535`;
  if (e.source_ip && !isIP(e.source_ip)) return `source_ip: "${e.source_ip.slice(0, 60)}" is not an IPv4 or IPv6 address`;
  if (e.destination_ip && !isIP(e.destination_ip)) return `destination_ip: "${e.destination_ip.slice(0, 60)}" is not an IPv4 or IPv6 address`;
  if (e.raw.length > 65536) return `raw: ${e.raw.length} bytes is over the 64 KiB limit`;
  return null;
}
