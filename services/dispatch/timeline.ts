import type { TimelineEntry } from '../../common/domain/sop';
import type { StoredIncident } from './store';

export interface IncidentVersion {
  seq: number;
  timeMs: number;
  incident: StoredIncident;
}

type Wire = { seq: number; time_ms: number; actor: string; change: TimelineEntry['change']; detail: string; version: number };

/**
 * The incident's timeline from its successive logged versions: each event is compared with the
 * one before it, and every difference an operator cares about becomes one entry.
 */
export function timelineOf(versions: readonly IncidentVersion[]): Wire[] {
  const out: Wire[] = [];
  let prev: StoredIncident | undefined;
  for (const { seq, timeMs, incident: cur } of versions) {
    const base = { seq, time_ms: Number(cur.updated_ms) || timeMs, actor: cur.updated_by, version: cur.version };
    const add = (change: TimelineEntry['change'], detail: string) => out.push({ ...base, change, detail });
    if (!prev) {
      add('created', `${cur.type} P${cur.priority} from ${cur.source}${cur.ward ? ` in ${cur.ward}` : ''}`);
      prev = cur;
      continue;
    }
    const before = out.length;
    if (prev.status !== cur.status) add('status', `${prev.status} → ${cur.status}`);
    if (prev.priority !== cur.priority) add('priority', `P${prev.priority} → P${cur.priority}`);
    const was = new Set(prev.assigned_unit_ids ?? []);
    const now = new Set(cur.assigned_unit_ids ?? []);
    const added = [...now].filter((u) => !was.has(u));
    const movedAway = new Set((cur.reallocations ?? []).slice((prev.reallocations ?? []).length).map((r) => r.unit_id));
    const removed = [...was].filter((u) => !now.has(u) && !movedAway.has(u));
    if (added.length) add('units_assigned', added.join(', '));
    if (removed.length) add('units_released', removed.join(', '));
    const ticked = new Map((prev.sop_steps ?? []).map((s) => [s.id, s.done_ms]));
    for (const s of cur.sop_steps ?? []) if (s.done_ms > 0 && !ticked.get(s.id)) out.push({ ...base, time_ms: s.done_ms, actor: s.done_by, change: 'sop_step', detail: s.id });
    for (const n of (cur.notes ?? []).slice((prev.notes ?? []).length)) out.push({ ...base, time_ms: n.time_ms, actor: n.author, change: 'note', detail: n.text });
    for (const r of (cur.linked_reports ?? []).slice((prev.linked_reports ?? []).length)) add('report_linked', `${r.report_id} (${r.distance_m} m): ${r.description}`);
    if (cur.merged_into && !prev.merged_into) add('merged', `into ${cur.merged_into}`);
    for (const m of (cur.merged_ids ?? []).slice((prev.merged_ids ?? []).length)) add('merged', `${m} merged in`);
    for (const m of (cur.sla_breaches ?? []).slice((prev.sla_breaches ?? []).length)) add('sla_breach', m);
    for (const w of (cur.ward_notifications ?? []).slice((prev.ward_notifications ?? []).length)) out.push({ ...base, time_ms: w.sent_ms, actor: w.sent_by, change: 'ward_notified', detail: `${w.ward}: ${w.message}` });
    for (const r of (cur.reallocations ?? []).slice((prev.reallocations ?? []).length)) {
      const detail = r.to_incident_id === cur.id ? `${r.unit_id} (${r.call_sign}) taken from ${r.from_incident_id} (P${r.from_priority})` : `${r.unit_id} (${r.call_sign}) taken by ${r.to_incident_id} (P${r.to_priority})`;
      out.push({ ...base, time_ms: r.time_ms, actor: r.actor, change: 'unit_reallocated', detail });
    }
    if (out.length === before && prev.version !== cur.version) add('updated', '');
    prev = cur;
  }
  return out;
}
