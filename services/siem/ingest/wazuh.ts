import { emptyEvent, Malformed, parseIsoTime, requireIp, requirePort, shown, type NormalEvent } from './event';
import { at, num, str, type Json } from './json-path';

const R = 'wazuh.field';

/** Wazuh alerts.json: rule level 0–15 to severity; authentication groups to login events. */
export function fromWazuh(o: Json, raw: string): NormalEvent {
  const level = num(R, o, 'rule.level');
  if (level === undefined || !Number.isInteger(level) || level < 0 || level > 15) {
    throw new Malformed(R, `rule.level: ${shown(String(at(o, 'rule.level')))} is not an integer 0–15`);
  }
  const groups = at(o, 'rule.groups');
  if (groups !== undefined && (!Array.isArray(groups) || groups.some((g) => typeof g !== 'string'))) {
    throw new Malformed(R, `rule.groups: expected a list of strings, got ${shown(groups)}`);
  }
  const g = new Set((groups as string[] | undefined) ?? []);
  const e = emptyEvent();
  e.time_ms = String(parseIsoTime(R, 'timestamp', at(o, 'timestamp')));
  e.host = str(R, o, 'agent.name');
  e.source_ip = requireIp(R, 'data.srcip', str(R, o, 'data.srcip'));
  e.source_port = requirePort(R, 'data.srcport', at(o, 'data.srcport'));
  e.destination_ip = requireIp(R, 'data.dstip', str(R, o, 'data.dstip')) || requireIp(R, 'agent.ip', str(R, o, 'agent.ip'));
  e.destination_port = requirePort(R, 'data.dstport', at(o, 'data.dstport'));
  e.user = str(R, o, 'data.dstuser') || str(R, o, 'data.srcuser');
  e.severity = level >= 12 ? 'critical' : level >= 8 ? 'high' : level >= 4 ? 'medium' : 'low';
  e.product = 'wazuh';
  e.signature = str(R, o, 'rule.description');
  e.mitre_technique = str(R, o, 'rule.mitre.id');
  e.message = str(R, o, 'full_log') || e.signature;
  e.raw = raw;
  if (g.has('authentication_failed') || g.has('authentication_failures') || g.has('invalid_login')) {
    e.action = 'login';
    e.outcome = 'failure';
  } else if (g.has('authentication_success')) {
    e.action = 'login';
    e.outcome = 'success';
  } else {
    e.action = 'hids_alert';
    e.outcome = 'unknown';
  }
  return e;
}

export function looksLikeWazuh(o: Json): boolean {
  const rule = o.rule as Json | undefined;
  return !!rule && typeof rule === 'object' && 'level' in rule && ('agent' in o || 'manager' in o);
}
