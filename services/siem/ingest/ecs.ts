import { emptyEvent, Malformed, normaliseOutcome, parseIsoTime, requireCount, requireIp, requirePort, shown, type NormalEvent } from './event';
import { at, num, str, type Json } from './json-path';

const R = 'ecs.field';

/** Elastic Common Schema document; event.severity is read as 0–100 (ECS leaves the scale to the source). */
export function fromEcs(o: Json, raw: string): NormalEvent {
  const e = emptyEvent();
  e.time_ms = String(parseIsoTime(R, '@timestamp', at(o, '@timestamp')));
  e.host = str(R, o, 'host.name') || str(R, o, 'host.hostname') || str(R, o, 'observer.hostname');
  e.source_ip = requireIp(R, 'source.ip', str(R, o, 'source.ip'));
  e.source_port = requirePort(R, 'source.port', at(o, 'source.port'));
  e.destination_ip = requireIp(R, 'destination.ip', str(R, o, 'destination.ip'));
  e.destination_port = requirePort(R, 'destination.port', at(o, 'destination.port'));
  e.user = str(R, o, 'user.name');
  e.action = str(R, o, 'event.action').toLowerCase();
  if (!e.action) throw new Malformed(R, 'event.action: is required (what happened, e.g. "login", "http_request")');
  const outcome = str(R, o, 'event.outcome');
  e.outcome = outcome ? normaliseOutcome(outcome) : '';
  const sev = num(R, o, 'event.severity');
  if (sev !== undefined && (sev < 0 || sev > 100)) throw new Malformed(R, `event.severity: ${shown(String(sev))} is not 0–100`);
  e.severity = sev === undefined ? '' : sev >= 90 ? 'critical' : sev >= 70 ? 'high' : sev >= 40 ? 'medium' : 'low';
  e.product = (str(R, o, 'observer.product') || str(R, o, 'event.module') || str(R, o, 'agent.type') || 'ecs').toLowerCase();
  e.signature = str(R, o, 'rule.name');
  e.mitre_technique = str(R, o, 'threat.technique.id');
  e.bytes_out = requireCount(R, 'source.bytes', at(o, 'source.bytes'));
  e.message = str(R, o, 'message');
  e.raw = raw;
  const lat = num(R, o, 'source.geo.location.lat');
  const lon = num(R, o, 'source.geo.location.lon');
  if (lat !== undefined || lon !== undefined) {
    if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw new Malformed(R, `source.geo.location: ${shown({ lat, lon })} is not a lat/lon pair`);
    }
    e.source_geo = { lat, lon };
  }
  return e;
}

export function looksLikeEcs(o: Json): boolean {
  return '@timestamp' in o;
}
