import { invalid, ok, type Result } from '../result';
import type { CreateCaseArgs, CreateSuppressionArgs, SuppressionMatch, UpdateCaseArgs } from './soc';

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const MAX_DAYS_MS = 90 * 86_400_000;

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);

export function validateSuppressionMatch(input: unknown): Result<SuppressionMatch> {
  const m = input as SuppressionMatch | null;
  if (!m || typeof m !== 'object') return invalid('match', 'match must be {ruleId?, assetId?, sourceIp?}');
  const out: SuppressionMatch = {};
  for (const k of ['ruleId', 'assetId', 'sourceIp'] as const) {
    if (m[k] === undefined || m[k] === '') continue;
    const v = str(m[k]);
    if (v === undefined) return invalid(k, `${k} must be text, got ${JSON.stringify(m[k])}`);
    if (v) out[k] = v;
  }
  if (!out.ruleId && !out.assetId && !out.sourceIp) return invalid('ruleId', 'give a rule, an asset or a source address (or several)', 'error.suppressionEmpty');
  if (out.sourceIp && !IPV4.test(out.sourceIp) && !out.sourceIp.includes(':')) return invalid('sourceIp', `${out.sourceIp} is not an IP address`, 'error.ipFormat', { value: out.sourceIp });
  return ok(out);
}

export function validateCreateSuppression(input: unknown, now = Date.now()): Result<CreateSuppressionArgs> {
  const a = input as Partial<CreateSuppressionArgs> | null;
  if (!a || typeof a !== 'object') return invalid('match', 'createSuppression takes {match, reason, expiresMs}');
  const match = validateSuppressionMatch(a.match);
  if (!match.ok) return match;
  const reason = str(a.reason);
  if (!reason) return invalid('reason', 'reason is required: say why these alerts may be hidden', 'error.reasonRequired');
  if (reason.length > 500) return invalid('reason', `reason is ${reason.length} characters; the limit is 500`);
  if (typeof a.expiresMs !== 'number' || !Number.isFinite(a.expiresMs) || a.expiresMs <= now || a.expiresMs - now > MAX_DAYS_MS) {
    return invalid('expiresMs', `expiresMs must be in the next 90 days, got ${String(a.expiresMs)}`, 'error.expiryRange');
  }
  return ok({ match: match.value, reason, expiresMs: a.expiresMs });
}

function alertIdList(v: unknown, field: string): Result<string[]> {
  if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string' || !x)) return invalid(field, `${field} must be a non-empty list of alert ids`, 'error.alertsRequired');
  if (v.length > 200) return invalid(field, `${field} has ${v.length} alerts; a case holds at most 200`);
  return ok(v as string[]);
}

export function validateCreateCase(input: unknown): Result<CreateCaseArgs> {
  const a = input as Partial<CreateCaseArgs> | null;
  if (!a || typeof a !== 'object') return invalid('alertIds', 'createCase takes {alertIds, title?}');
  const ids = alertIdList(a.alertIds, 'alertIds');
  if (!ids.ok) return ids;
  if (a.title !== undefined && typeof a.title !== 'string') return invalid('title', 'title must be text');
  return ok({ alertIds: ids.value, ...(a.title?.trim() ? { title: a.title.trim() } : {}) });
}

const CHANGES = ['addTask', 'completeTaskId', 'note', 'linkIncidentId', 'addAlertIds', 'mergeCaseId', 'close'] as const;

export function validateUpdateCase(input: unknown): Result<UpdateCaseArgs> {
  const a = input as Partial<UpdateCaseArgs> | null;
  if (!a || typeof a !== 'object' || typeof a.caseId !== 'string' || !a.caseId) return invalid('caseId', 'caseId is required', 'error.idRequired', { field: 'caseId' });
  if (typeof a.expectedVersion !== 'number' || !Number.isInteger(a.expectedVersion) || a.expectedVersion < 1) {
    return invalid('expectedVersion', `expectedVersion must be a positive integer, got ${String(a.expectedVersion)}`, 'error.versionRequired');
  }
  const given = CHANGES.filter((k) => a[k] !== undefined);
  if (given.length !== 1) return invalid(given[1] ?? 'addTask', `give exactly one change (${CHANGES.join(', ')}), got ${given.join(', ') || 'none'}`);
  const out: UpdateCaseArgs = { caseId: a.caseId, expectedVersion: a.expectedVersion };
  const k = given[0];
  if (k === 'addAlertIds') {
    const ids = alertIdList(a.addAlertIds, 'addAlertIds');
    if (!ids.ok) return ids;
    out.addAlertIds = ids.value;
  } else if (k === 'close') {
    if (a.close !== true) return invalid('close', 'close must be true');
    out.close = true;
  } else {
    const v = str(a[k]);
    if (!v) return invalid(k, `${k} must not be blank`, 'error.textRequired', { field: k });
    if (v.length > 2000) return invalid(k, `${k} is ${v.length} characters; the limit is 2000`);
    if (k === 'linkIncidentId' && !/^INC-\d{1,12}$/.test(v)) return invalid(k, `${v} is not an incident id like INC-000042`, 'error.incidentId', { value: v });
    out[k] = v;
  }
  return ok(out);
}
