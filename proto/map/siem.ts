import type { Alert, AlertStatus, AssetKind, Disposition, Severity } from '../../common/domain/alert';
import type { Alert__Output } from '../gen/watchfloor/siem/v1/Alert';

export function alertFromWire(w: Alert__Output): Alert {
  return {
    id: w.id,
    ruleId: w.rule_id,
    title: w.title,
    severity: w.severity as Severity,
    status: w.status as AlertStatus,
    assetId: w.asset_id,
    assetKind: w.asset_kind as AssetKind,
    sourceIp: w.source_ip,
    mitreTechnique: w.mitre_technique,
    count: w.count,
    firstSeenMs: Number(w.first_seen_ms),
    lastSeenMs: Number(w.last_seen_ms),
    createdMs: Number(w.created_ms),
    updatedMs: Number(w.updated_ms),
    version: w.version,
    acknowledgedBy: w.acknowledged_by,
    location: w.location ? { lat: w.location.lat, lon: w.location.lon } : null,
    ward: w.ward,
    detectDelayMs: Number(w.detect_delay_ms),
    assignee: w.assignee ?? '',
    disposition: (w.disposition ?? '') as Disposition | '',
    notes: (w.notes ?? []).map((n) => ({ timeMs: Number(n.time_ms), author: n.author, text: n.text })),
    acknowledgedMs: Number(w.acknowledged_ms ?? 0),
    closedMs: Number(w.closed_ms ?? 0),
    triageVersion: w.triage_version ?? 0,
    attackTags: w.attack_tags ?? [],
    assetCriticality: w.asset_criticality ?? 0,
    assetName: w.asset_name ?? '',
  };
}
