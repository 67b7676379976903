import { emptyEvent, Malformed, parseIsoTime, requireCount, requireIp, requirePort, shown, type NormalEvent } from './event';
import { at, num, str, type Json } from './json-path';

const R = 'eve.field';

/** Suricata EVE JSON (event_type alert, anomaly or flow) to a normalised event. */
export function fromEve(o: Json, raw: string): NormalEvent {
  const type = str(R, o, 'event_type');
  if (!['alert', 'anomaly', 'flow'].includes(type)) {
    throw new Malformed('eve.event_type', `event_type: ${shown(type)} is not ingested (alert, anomaly, flow)`);
  }
  const e = emptyEvent();
  e.time_ms = String(parseIsoTime(R, 'timestamp', at(o, 'timestamp')));
  e.host = str(R, o, 'host') || str(R, o, 'sensor_name');
  e.source_ip = requireIp(R, 'src_ip', str(R, o, 'src_ip'));
  e.source_port = requirePort(R, 'src_port', at(o, 'src_port'));
  e.destination_ip = requireIp(R, 'dest_ip', str(R, o, 'dest_ip'));
  e.destination_port = requirePort(R, 'dest_port', at(o, 'dest_port'));
  e.product = 'suricata';
  e.raw = raw;
  e.outcome = 'unknown';
  if (type === 'alert') {
    const sig = str(R, o, 'alert.signature');
    if (!sig) throw new Malformed(R, 'alert.signature: is required for event_type alert');
    const level = num(R, o, 'alert.severity') ?? 3;
    if (!Number.isInteger(level) || level < 1 || level > 4) throw new Malformed(R, `alert.severity: ${shown(String(level))} is not 1–4`);
    const sigSeverity = str(R, o, 'alert.metadata.signature_severity').toLowerCase();
    e.action = 'ids_alert';
    e.signature = sig;
    e.severity = sigSeverity === 'critical' ? 'critical' : (['high', 'medium', 'low', 'low'] as const)[level - 1];
    e.mitre_technique = str(R, o, 'alert.metadata.mitre_technique_id');
    e.outcome = str(R, o, 'alert.action') === 'blocked' ? 'failure' : 'unknown';
    e.message = str(R, o, 'alert.category');
  } else if (type === 'anomaly') {
    e.action = 'protocol_anomaly';
    e.signature = str(R, o, 'anomaly.event') || str(R, o, 'anomaly.type');
    e.severity = 'low';
    e.message = `${str(R, o, 'anomaly.layer')} ${str(R, o, 'anomaly.type')}`.trim();
  } else {
    e.action = 'flow';
    e.bytes_out = requireCount(R, 'flow.bytes_toserver', at(o, 'flow.bytes_toserver'));
    e.message = `${str(R, o, 'proto')} ${str(R, o, 'app_proto')} ${str(R, o, 'flow.state')}`.replace(/\s+/g, ' ').trim();
  }
  return e;
}

export function looksLikeEve(o: Json): boolean {
  return typeof o.event_type === 'string' && ('src_ip' in o || 'flow_id' in o);
}
