import * as fs from 'node:fs';
import * as path from 'node:path';
import { distanceMeters, type GeoPoint } from '../../common/domain/geo';
import { isOpenStatus, type IncidentStatus } from '../../common/domain/incident';
import { validateCreateIncident, type CreateIncidentInput } from '../../common/domain/incident-validation';
import type { SubmitCitizenReportRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/SubmitCitizenReportRequest';
import { invalidArgument, requireRequestId } from '../kit/grpc-errors';
import { applyOnce, type MutationContext } from '../kit/mutation';
import { nextCounter } from '../store/event-log';
import type { DispatchStore, StoredIncident } from './store';
import { nextIncident } from './incident-change';

export interface IntakeConfig {
  duplicateRadiusM: number;
  duplicateWindowMin: number;
  defaultPriority: number;
}

export const INTAKE_FILE =
  [path.resolve(__dirname, '../../assets/dispatch/intake.json'), path.resolve(__dirname, '../../../assets/dispatch/intake.json')].find((f) => fs.existsSync(f)) ??
  path.resolve(__dirname, '../../assets/dispatch/intake.json');

export const MAX_REPORT_CHARS = 2000;
const MAX_REPORTER_CHARS = 120;

export function loadIntakeConfig(file = INTAKE_FILE): IntakeConfig {
  let d: Record<string, unknown>;
  try {
    d = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`intake file ${file}: ${(err as Error).message}`);
  }
  const errors: string[] = [];
  const num = (key: string, min: number, max: number) => {
    const v = d[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) errors.push(`${key}: must be a number from ${min} to ${max}, got ${JSON.stringify(v)}`);
    return v as number;
  };
  const cfg = { duplicateRadiusM: num('duplicate_radius_m', 1, 5000), duplicateWindowMin: num('duplicate_window_min', 1, 10_080), defaultPriority: num('default_priority', 1, 4) };
  if (!Number.isInteger(cfg.defaultPriority)) errors.push(`default_priority: must be an integer from 1 to 4, got ${cfg.defaultPriority}`);
  if (errors.length) throw new Error(`intake file ${file} is invalid: ${errors.join('; ')}`);
  return cfg;
}

/** The nearest open incident of the type within the radius, created within the window. */
export function findDuplicate(
  incidents: readonly StoredIncident[],
  report: { type: string; location: GeoPoint },
  nowMs: number,
  cfg: IntakeConfig,
): { incident: StoredIncident; distanceM: number } | undefined {
  let best: { incident: StoredIncident; distanceM: number } | undefined;
  const since = nowMs - cfg.duplicateWindowMin * 60_000;
  for (const i of incidents) {
    if (i.type !== report.type || !isOpenStatus(i.status as IncidentStatus) || Number(i.created_ms) < since) continue;
    const d = distanceMeters(i.location, report.location);
    if (d <= cfg.duplicateRadiusM && (!best || d < best.distanceM)) best = { incident: i, distanceM: d };
  }
  return best;
}

export interface ReportOutcome {
  report_id: string;
  outcome: 'created' | 'proposed_merge';
  incident: StoredIncident;
  distance_m: number;
}

type InsertIncident = (ctx: MutationContext, v: CreateIncidentInput, actor: string) => Promise<StoredIncident>;

/** Validates a citizen report; the field names match the gRPC request and the HTTP JSON body. */
export function validateReport(req: Partial<SubmitCitizenReportRequest__Output>, cfg: IntakeConfig): CreateIncidentInput & { reporter: string } {
  const description = typeof req.description === 'string' ? req.description.trim() : req.description;
  if (typeof description !== 'string' || description === '') throw invalidArgument('description', 'is required: say what is happening (1 to 2,000 characters)');
  if (description.length > MAX_REPORT_CHARS) throw invalidArgument('description', `at most ${MAX_REPORT_CHARS} characters, got ${description.length}`);
  const reporter = req.reporter ?? '';
  if (typeof reporter !== 'string' || reporter.length > MAX_REPORTER_CHARS) throw invalidArgument('reporter', `must be text of at most ${MAX_REPORTER_CHARS} characters`);
  const v = validateCreateIncident({ type: req.type, priority: req.priority || cfg.defaultPriority, location: req.location ?? undefined, description, source: 'citizen' });
  if (!v.ok) throw invalidArgument(v.error.field ?? 'request', v.error.message);
  return { ...v.value, reporter: reporter.trim() };
}

/** A citizen report becomes a new incident, or a proposed merge into a nearby open one of its type. */
export async function submitCitizenReport(
  store: DispatchStore,
  cfg: IntakeConfig,
  insert: InsertIncident,
  req: Partial<SubmitCitizenReportRequest__Output>,
): Promise<ReportOutcome> {
  const requestId = requireRequestId(req.request_id);
  const v = validateReport(req, cfg);
  return applyOnce(store.db, store.log, requestId, 'SubmitCitizenReport', async (ctx) => {
    const n = await nextCounter(ctx.tx, 'report');
    const reportId = `RPT-${String(n).padStart(6, '0')}`;
    const now = Date.now();
    const open = await ctx.tx.all<{ data: string }>("SELECT data FROM incidents WHERE status NOT IN ('closed', 'cancelled', 'merged', 'resolved')");
    const dup = findDuplicate(open.map((r) => JSON.parse(r.data) as StoredIncident), v, now, cfg);
    const actor = v.reporter ? `citizen:${v.reporter}` : 'citizen';
    if (!dup) {
      const incident = await insert(ctx, v, actor);
      return { report_id: reportId, outcome: 'created' as const, incident, distance_m: 0 };
    }
    const current = dup.incident;
    const report = { report_id: reportId, description: v.description, location: v.location, received_ms: now, distance_m: Math.round(dup.distanceM), reporter: v.reporter };
    const incident = nextIncident(current, { linked_reports: [...(current.linked_reports ?? []), report] }, actor, now);
    await store.putIncident(ctx.tx, incident);
    await ctx.emit('incident', incident.id, incident);
    return { report_id: reportId, outcome: 'proposed_merge' as const, incident, distance_m: Math.round(dup.distanceM) };
  });
}
