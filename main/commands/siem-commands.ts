import type { UpdateAlertArgs } from '../../common/domain/alert-triage-args';
import { validateUpdateAlert } from '../../common/domain/alert-triage-args';
import { callUnary } from '../../proto/clients';
import { alertFromWire } from '../../proto/map/siem';
import { caseFromWire, suppressionFromWire } from '../../proto/map/siem-soc';
import type { CreateCaseArgs, CreateSuppressionArgs, SocCase, Suppression, UpdateCaseArgs } from '../../common/domain/soc';
import { validateCreateCase, validateCreateSuppression, validateUpdateCase } from '../../common/domain/soc-validation';
import type { CommandSpec } from './command-specs';

const DEADLINE_MS = 5000;

function describe(a: UpdateAlertArgs): string {
  const parts: string[] = [];
  if (a.assignToMe) parts.push('assign to me');
  else if (a.assignee === null) parts.push('unassign');
  else if (a.assignee !== undefined) parts.push(`assign ${a.assignee}`);
  if (a.disposition) parts.push(a.disposition);
  if (a.status) parts.push(`→ ${a.status}`);
  if (a.note) parts.push('note');
  return `${a.alertId}: ${parts.join(', ')}`;
}

/** A triage step (status, assignee, disposition, note) on a SIEM alert, through the outbox. */
export const updateAlert: CommandSpec<UpdateAlertArgs, ReturnType<typeof alertFromWire>> = {
  kind: 'updateAlert',
  engine: 'siem',
  validate: validateUpdateAlert,
  summary: describe,
  send: async (c, a, requestId, actor) => {
    const r = await callUnary(
      c.siem,
      c.siem.UpdateAlert,
      {
        request_id: requestId,
        alert_id: a.alertId,
        expected_version: a.expectedVersion,
        actor,
        status: a.status ?? '',
        assignee: a.assignToMe ? actor : (a.assignee ?? ''),
        unassign: a.assignee === null,
        disposition: a.disposition ?? '',
        note: a.note ?? '',
      },
      DEADLINE_MS,
    );
    return alertFromWire(r.alert!);
  },
  toDelta: (alert) => ({ alerts: [alert] }),
};

export const createSuppression: CommandSpec<CreateSuppressionArgs, Suppression> = {
  kind: 'createSuppression',
  engine: 'siem',
  validate: (input) => validateCreateSuppression(input),
  summary: (a) => `suppress ${[a.match.ruleId, a.match.assetId, a.match.sourceIp].filter(Boolean).join(' · ')} until ${new Date(a.expiresMs).toISOString().slice(0, 16)}`,
  send: async (c, a, requestId, actor) => {
    const match = { rule_id: a.match.ruleId ?? '', asset_id: a.match.assetId ?? '', source_ip: a.match.sourceIp ?? '' };
    const r = await callUnary(c.siem, c.siem.CreateSuppression, { request_id: requestId, match, reason: a.reason, expires_ms: a.expiresMs, actor }, DEADLINE_MS);
    return suppressionFromWire(r.suppression!);
  },
  toDelta: () => ({}),
};

export const createCase: CommandSpec<CreateCaseArgs, SocCase> = {
  kind: 'createCase',
  engine: 'siem',
  validate: validateCreateCase,
  summary: (a) => `case from ${a.alertIds.join(', ')}`,
  send: async (c, a, requestId, actor) => {
    const r = await callUnary(c.siem, c.siem.CreateCase, { request_id: requestId, alert_ids: a.alertIds, title: a.title ?? '', actor }, DEADLINE_MS);
    return caseFromWire(r.case!);
  },
  toDelta: () => ({}),
};

export const updateCase: CommandSpec<UpdateCaseArgs, SocCase> = {
  kind: 'updateCase',
  engine: 'siem',
  validate: validateUpdateCase,
  summary: (a) => `${a.caseId}: ${Object.keys(a).filter((k) => k !== 'caseId' && k !== 'expectedVersion').join(', ')}`,
  send: async (c, a, requestId, actor) => {
    const r = await callUnary(
      c.siem,
      c.siem.UpdateCase,
      {
        request_id: requestId,
        case_id: a.caseId,
        expected_version: a.expectedVersion,
        actor,
        add_task: a.addTask ?? '',
        complete_task_id: a.completeTaskId ?? '',
        note: a.note ?? '',
        link_incident_id: a.linkIncidentId ?? '',
        add_alert_ids: a.addAlertIds ?? [],
        merge_case_id: a.mergeCaseId ?? '',
        close: a.close === true,
      },
      DEADLINE_MS,
    );
    return caseFromWire(r.case!);
  },
  toDelta: () => ({}),
};
