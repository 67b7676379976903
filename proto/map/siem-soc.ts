import type { Severity } from '../../common/domain/alert';
import type { ObservableKind, SecurityEventView, SocCase, Suppression, SuppressionPreview } from '../../common/domain/soc';
import type { Case__Output } from '../gen/watchfloor/siem/v1/Case';
import type { PreviewSuppressionResponse__Output } from '../gen/watchfloor/siem/v1/PreviewSuppressionResponse';
import type { SecurityEvent__Output } from '../gen/watchfloor/siem/v1/SecurityEvent';
import type { Suppression__Output } from '../gen/watchfloor/siem/v1/Suppression';

export function securityEventFromWire(e: SecurityEvent__Output): SecurityEventView {
  return {
    timeMs: Number(e.time_ms),
    host: e.host,
    sourceIp: e.source_ip,
    sourcePort: e.source_port,
    destinationIp: e.destination_ip,
    destinationPort: e.destination_port,
    user: e.user,
    action: e.action,
    outcome: e.outcome,
    severity: e.severity,
    product: e.product,
    assetId: e.asset_id,
    message: e.message,
    signature: e.signature,
    raw: e.raw,
  };
}

export function suppressionFromWire(s: Suppression__Output): Suppression {
  return {
    id: s.id,
    ruleId: s.rule_id,
    assetId: s.asset_id,
    sourceIp: s.source_ip,
    reason: s.reason,
    expiresMs: Number(s.expires_ms),
    createdMs: Number(s.created_ms),
    createdBy: s.created_by,
    hits: Number(s.hits),
  };
}

export function suppressionPreviewFromWire(p: PreviewSuppressionResponse__Output): SuppressionPreview {
  return { alerts: p.alerts, events: Number(p.events), rules: p.rules, ruleIds: p.rule_ids, sinceMs: Number(p.since_ms) };
}

export function caseFromWire(c: Case__Output): SocCase {
  return {
    id: c.id,
    title: c.title,
    status: c.status === 'closed' ? 'closed' : 'open',
    severity: c.severity as Severity,
    alertIds: c.alert_ids,
    observables: c.observables.map((o) => ({ kind: o.kind as ObservableKind, value: o.value, alertIds: o.alert_ids })),
    tasks: c.tasks.map((t) => ({ id: t.id, title: t.title, done: t.done, doneBy: t.done_by })),
    timeline: c.timeline.map((t) => ({ timeMs: Number(t.time_ms), actor: t.actor, change: t.change, detail: t.detail })),
    incidentId: c.incident_id,
    owner: c.owner,
    createdMs: Number(c.created_ms),
    updatedMs: Number(c.updated_ms),
    version: c.version,
  };
}
