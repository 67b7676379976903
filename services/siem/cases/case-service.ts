import { SEVERITIES } from '../../../common/domain/alert';
import type { CreateCaseRequest__Output } from '../../../proto/gen/watchfloor/siem/v1/CreateCaseRequest';
import type { UpdateCaseRequest__Output } from '../../../proto/gen/watchfloor/siem/v1/UpdateCaseRequest';
import { conflict, invalidArgument, notFound, requireRequestId } from '../../kit/grpc-errors';
import { applyOnce } from '../../kit/mutation';
import { nextCounter } from '../../store/event-log';
import type { SqlRunner } from '../../store/sqlite-db';
import type { SiemStore, StoredAlert } from '../store';
import { extractObservables, type Observable } from './observables';

export const MAX_CASE_ALERTS = 200;
const MAX_TEXT = 2000;
const MAX_TASKS = 100;
const INCIDENT_ID = /^INC-\d{1,12}$/;

export interface StoredCase {
  id: string;
  title: string;
  status: 'open' | 'closed';
  severity: string;
  alert_ids: string[];
  observables: Observable[];
  tasks: { id: string; title: string; done: boolean; done_by: string }[];
  timeline: { time_ms: number; actor: string; change: string; detail: string }[];
  incident_id: string;
  owner: string;
  created_ms: number;
  updated_ms: number;
  version: number;
}

function text(field: string, value: string, required = true): string {
  const v = value.trim();
  if (required && !v) throw invalidArgument(field, 'must not be blank');
  if (v.length > MAX_TEXT) throw invalidArgument(field, `is ${v.length} characters; the limit is ${MAX_TEXT}`);
  return v;
}

/** Cases: opened from alerts, observables extracted from the alerts' events, tasks, timeline, a link to an IOC incident. */
export class CaseService {
  constructor(private readonly store: SiemStore) {}

  async list(): Promise<StoredCase[]> {
    const rows = await this.store.db.all<{ data: string }>('SELECT data FROM cases ORDER BY updated_ms DESC');
    return rows.map((r) => JSON.parse(r.data) as StoredCase);
  }

  private async alertsFor(tx: SqlRunner, ids: readonly string[], field: string): Promise<StoredAlert[]> {
    if (ids.length === 0) throw invalidArgument(field, 'name at least one alert');
    if (ids.length > MAX_CASE_ALERTS) throw invalidArgument(field, `${ids.length} alerts; a case holds at most ${MAX_CASE_ALERTS}`);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) throw invalidArgument(field, `alert ${dup} is named twice`);
    const alerts: StoredAlert[] = [];
    for (const id of ids) {
      const a = await this.store.getAlert(tx, id);
      if (!a) throw invalidArgument(field, `alert ${JSON.stringify(id)} does not exist`);
      alerts.push(a);
    }
    return alerts;
  }

  private async observables(tx: SqlRunner, alerts: readonly StoredAlert[]): Promise<Observable[]> {
    const events = await this.store.alertEvents(alerts.map((a) => a.id), tx);
    return extractObservables(
      alerts.map((a) => ({ alertId: a.id, assetId: a.asset_id, sourceIp: a.source_ip, events: events.filter((e) => e.alertId === a.id).map((e) => e.event) })),
    );
  }

  private async put(tx: SqlRunner, c: StoredCase): Promise<void> {
    await tx.run('INSERT INTO cases(id, updated_ms, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET updated_ms = excluded.updated_ms, data = excluded.data', [c.id, c.updated_ms, JSON.stringify(c)]);
  }

  async create(req: CreateCaseRequest__Output, now = Date.now()): Promise<{ case: StoredCase }> {
    const requestId = requireRequestId(req.request_id);
    const title = text('title', req.title, false);
    const actor = req.actor || 'unknown';
    return applyOnce(this.store.db, this.store.log, requestId, 'CreateCase', async ({ tx }) => {
      const alerts = await this.alertsFor(tx, req.alert_ids, 'alert_ids');
      const n = await nextCounter(tx, 'case');
      const severity = alerts.map((a) => a.severity).sort((x, y) => SEVERITIES.indexOf(y as never) - SEVERITIES.indexOf(x as never))[0];
      const c: StoredCase = {
        id: `CASE-${String(n).padStart(6, '0')}`,
        title: title || alerts[0].title,
        status: 'open',
        severity,
        alert_ids: alerts.map((a) => a.id),
        observables: await this.observables(tx, alerts),
        tasks: [],
        timeline: [{ time_ms: now, actor, change: 'opened', detail: alerts.map((a) => a.id).join(', ') }],
        incident_id: '',
        owner: actor,
        created_ms: now,
        updated_ms: now,
        version: 1,
      };
      await this.put(tx, c);
      return { case: c };
    });
  }

  /** Moves an open case's alerts, tasks and timeline into c and closes it with a pointer to c. */
  private async merge(tx: SqlRunner, c: StoredCase, otherId: string, actor: string, now: number): Promise<void> {
    if (otherId === c.id) throw invalidArgument('merge_case_id', `cannot merge case ${c.id} into itself`);
    const row = await tx.get<{ data: string }>('SELECT data FROM cases WHERE id = ?', [otherId]);
    if (!row) throw invalidArgument('merge_case_id', `case ${JSON.stringify(otherId)} does not exist`);
    const other = JSON.parse(row.data) as StoredCase;
    if (other.status !== 'open') throw invalidArgument('merge_case_id', `case ${other.id} is ${other.status}; only an open case can be merged`);
    const ids = [...c.alert_ids, ...other.alert_ids.filter((id) => !c.alert_ids.includes(id))];
    if (ids.length > MAX_CASE_ALERTS) throw invalidArgument('merge_case_id', `the merged case would hold ${ids.length} alerts; the limit is ${MAX_CASE_ALERTS}`);
    c.alert_ids = ids;
    c.observables = await this.observables(tx, await this.alertsFor(tx, ids, 'merge_case_id'));
    c.tasks = [...c.tasks, ...other.tasks.map((t, i) => ({ ...t, id: `T${c.tasks.length + i + 1}`, title: `${t.title} (${other.id})` }))];
    if (!c.incident_id) c.incident_id = other.incident_id;
    c.timeline = [...c.timeline, ...other.timeline.map((e) => ({ ...e, detail: `${other.id}: ${e.detail}` }))].sort((a, b) => a.time_ms - b.time_ms);
    c.timeline.push({ time_ms: now, actor, change: 'merged', detail: other.id });
    const closed: StoredCase = { ...other, status: 'closed', version: other.version + 1, updated_ms: now, timeline: [...other.timeline, { time_ms: now, actor, change: 'merged_into', detail: c.id }] };
    await this.put(tx, closed);
  }

  async update(req: UpdateCaseRequest__Output, now = Date.now()): Promise<{ case: StoredCase }> {
    const requestId = requireRequestId(req.request_id);
    if (!req.case_id) throw invalidArgument('case_id', 'is required');
    if (!Number.isInteger(req.expected_version) || req.expected_version < 1) throw invalidArgument('expected_version', `must be the version you last saw (≥ 1), got ${req.expected_version}`);
    const given = [req.add_task && 'add_task', req.complete_task_id && 'complete_task_id', req.note && 'note', req.link_incident_id && 'link_incident_id', req.add_alert_ids.length && 'add_alert_ids', req.close && 'close', req.merge_case_id && 'merge_case_id'].filter(Boolean);
    if (given.length !== 1) throw invalidArgument('add_task', `give exactly one change (add_task, complete_task_id, note, link_incident_id, add_alert_ids, merge_case_id or close), got ${given.length ? given.join(', ') : 'none'}`);
    const actor = req.actor || 'unknown';
    return applyOnce(this.store.db, this.store.log, requestId, 'UpdateCase', async ({ tx }) => {
      const row = await tx.get<{ data: string }>('SELECT data FROM cases WHERE id = ?', [req.case_id]);
      if (!row) throw notFound('case', req.case_id);
      const current = JSON.parse(row.data) as StoredCase;
      if (current.version !== req.expected_version) throw conflict(`case ${current.id} is at version ${current.version}, not ${req.expected_version}: it was changed meanwhile`, current);
      if (current.status === 'closed' && !req.note) throw invalidArgument('close', `case ${current.id} is closed; only notes can be added`);
      const c: StoredCase = { ...current, tasks: [...current.tasks], timeline: [...current.timeline], version: current.version + 1, updated_ms: now };
      const log = (change: string, detail: string) => c.timeline.push({ time_ms: now, actor, change, detail });
      if (req.add_task) {
        if (c.tasks.length >= MAX_TASKS) throw invalidArgument('add_task', `the case already has ${MAX_TASKS} tasks`);
        const task = { id: `T${c.tasks.length + 1}`, title: text('add_task', req.add_task), done: false, done_by: '' };
        c.tasks.push(task);
        log('task_added', `${task.id} ${task.title}`);
      } else if (req.complete_task_id) {
        const i = c.tasks.findIndex((t) => t.id === req.complete_task_id);
        if (i < 0) throw invalidArgument('complete_task_id', `case ${c.id} has no task ${JSON.stringify(req.complete_task_id)} (tasks: ${c.tasks.map((t) => t.id).join(', ') || 'none'})`);
        if (c.tasks[i].done) throw invalidArgument('complete_task_id', `task ${req.complete_task_id} is already done by ${c.tasks[i].done_by}`);
        c.tasks[i] = { ...c.tasks[i], done: true, done_by: actor };
        log('task_done', `${c.tasks[i].id} ${c.tasks[i].title}`);
      } else if (req.note) {
        log('note', text('note', req.note));
      } else if (req.link_incident_id) {
        const id = req.link_incident_id.trim();
        if (!INCIDENT_ID.test(id)) throw invalidArgument('link_incident_id', `${JSON.stringify(id)} is not an IOC incident id like INC-000042`);
        c.incident_id = id;
        log('incident_linked', id);
      } else if (req.add_alert_ids.length) {
        const added = await this.alertsFor(tx, req.add_alert_ids, 'add_alert_ids');
        const already = added.find((a) => c.alert_ids.includes(a.id));
        if (already) throw invalidArgument('add_alert_ids', `alert ${already.id} is already in case ${c.id}`);
        c.alert_ids = [...c.alert_ids, ...added.map((a) => a.id)];
        if (c.alert_ids.length > MAX_CASE_ALERTS) throw invalidArgument('add_alert_ids', `a case holds at most ${MAX_CASE_ALERTS} alerts`);
        const all = await this.alertsFor(tx, c.alert_ids, 'add_alert_ids');
        c.observables = await this.observables(tx, all);
        log('alert_added', added.map((a) => a.id).join(', '));
      } else if (req.merge_case_id) {
        await this.merge(tx, c, req.merge_case_id, actor, now);
      } else {
        c.status = 'closed';
        log('closed', '');
      }
      await this.put(tx, c);
      return { case: c };
    });
  }
}
