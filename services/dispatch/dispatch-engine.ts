import * as grpc from '@grpc/grpc-js';
import type { Logger } from '../../common/log';
import { validateCreateIncident, validateLocation, type CreateIncidentInput } from '../../common/domain/incident-validation';
import { canTransition, isIncidentStatus, isOpenStatus, type IncidentStatus } from '../../common/domain/incident';
import { nearestWard, type WardRef } from '../../common/domain/wards';
import { loadProtos } from '../../proto/loader';
import type { CreateIncidentRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/CreateIncidentRequest';
import type { UpdateIncidentStatusRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/UpdateIncidentStatusRequest';
import type { ReportUnitPositionRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/ReportUnitPositionRequest';
import type { ListIncidentsRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/ListIncidentsRequest';
import type { WatchDispatchRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/WatchDispatchRequest';
import type { DispatchEvent } from '../../proto/gen/watchfloor/dispatch/v1/DispatchEvent';
import { failedPrecondition, invalidArgument, notFound, requireRequestId, staleVersion } from '../kit/grpc-errors';
import { applyOnce, type MutationContext } from '../kit/mutation';
import { unary } from '../kit/unary';
import { serveWatch, SharedWatch } from '../kit/watch';
import type { LoggedEvent } from '../store/event-log';
import { nextCounter } from '../store/event-log';
import { needCounter, needUnit, type DispatchStore, type StoredIncident, type StoredUnit } from './store';
import type { DispatchRequirements } from '../../common/domain/dispatch-requirements';
import type { RecommendUnitsRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/RecommendUnitsRequest';
import type { RecommendUnitsResponse } from '../../proto/gen/watchfloor/dispatch/v1/RecommendUnitsResponse';
import type { AssignUnitsRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/AssignUnitsRequest';
import type { ReleaseUnitRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/ReleaseUnitRequest';
import { assignUnits, freeUnitsOf, releaseUnit } from './assignment';
import { DEFAULT_SUGGESTIONS_PER_REQUIREMENT, recommendUnits } from './recommend';
import { loadDispatchRequirements } from './requirements-file';
import { Router } from './routing/router';
import { CoverageCache } from './coverage';
import { loadSops, SOPS_DIR, type SopDefinition } from './sop-file';
import { addIncidentNote, checklistFrom, tickSopStep } from './incident-sop';
import { timelineOf } from './timeline';
import { loadSlaConfig, startSlaTimer } from './sla-timer';
import { slaDeadlines, type SlaConfig } from '../../common/domain/sla';
import { loadIntakeConfig, submitCitizenReport, type IntakeConfig } from './intake';
import { mergeIncidents } from './merge';
import type { SubmitCitizenReportRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/SubmitCitizenReportRequest';
import type { MergeIncidentsRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/MergeIncidentsRequest';
import type { IncidentType } from '../../common/domain/incident';
import type { TickSopStepRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/TickSopStepRequest';
import type { AddIncidentNoteRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/AddIncidentNoteRequest';
import type { GetIncidentTimelineRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/GetIncidentTimelineRequest';
import { nextIncident } from './incident-change';
import { assertSopAllows, notifyWard } from './incident-sop';
import { followRoute } from './unit-route';
import { REALLOCATION_MAX_PRIORITY } from './assignment';
import { validUnitKind } from './recommend';
import type { NotifyWardRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/NotifyWardRequest';

export interface DispatchRouting {
  /** Travel estimates: the road graph, or straight-line everywhere when it has none. */
  router: Router;
  requirements: DispatchRequirements;
}

const MAX_SUGGESTIONS_PER_REQUIREMENT = 20;

export const DISPATCH_SERVICE_NAME = 'watchfloor.dispatch.v1.DispatchService';

/** The dispatch (RMS) engine: incidents and units, served over gRPC. */
export class DispatchEngine {
  constructor(
    readonly store: DispatchStore,
    private readonly wards: readonly WardRef[],
    private readonly logger: Logger,
    readonly routing: DispatchRouting = { router: new Router(), requirements: loadDispatchRequirements() },
    /** SOPs by incident type (assets/sops); a type without one gets no checklist. */
    readonly sops: ReadonlyMap<IncidentType, SopDefinition> = loadSops(SOPS_DIR, Object.keys(routing.requirements.unitKinds)),
    readonly sla: SlaConfig = loadSlaConfig(),
    readonly intake: IntakeConfig = loadIntakeConfig(),
  ) {}

  /** Citizen report intake (gRPC and the HTTP endpoint share it). */
  submitCitizenReport(req: Partial<SubmitCitizenReportRequest__Output>) {
    return submitCitizenReport(this.store, this.intake, (ctx, v, actor) => this.insertIncident(ctx, v, actor), req);
  }

  private stopSlaTimer: (() => void) | undefined;

  /** Starts recording SLA breaches in the event log as deadlines pass. */
  startSlaTimer(intervalMs?: number): void {
    this.stopSlaTimer ??= startSlaTimer(this.store, this.logger, intervalMs);
  }

  stop(): void {
    this.stopSlaTimer?.();
    this.stopSlaTimer = undefined;
  }

  private readonly coverageCache = new CoverageCache();

  addToServer(server: grpc.Server): void {
    const l = this.logger;
    const watch = new SharedWatch(loadProtos().watchfloor.dispatch.v1.DispatchService.service, 'WatchDispatch', toDispatchEvent);
    server.addService(watch.definition, {
      CreateIncident: unary(l, 'CreateIncident', (r: CreateIncidentRequest__Output) => this.createIncident(r)),
      UpdateIncidentStatus: unary(l, 'UpdateIncidentStatus', (r: UpdateIncidentStatusRequest__Output) => this.updateIncidentStatus(r)),
      ListIncidents: unary(l, 'ListIncidents', async (r: ListIncidentsRequest__Output) => {
        const s = await this.store.snapshotIncidents(r.include_closed);
        return { incidents: s.incidents, last_seq: s.lastSeq };
      }),
      ListUnits: unary(l, 'ListUnits', async () => {
        const s = await this.store.snapshotUnits();
        return { units: s.units, last_seq: s.lastSeq };
      }),
      ReportUnitPosition: unary(l, 'ReportUnitPosition', (r: ReportUnitPositionRequest__Output) => this.reportUnitPosition(r)),
      RecommendUnits: unary(l, 'RecommendUnits', (r: RecommendUnitsRequest__Output) => this.recommendUnits(r)),
      AssignUnits: unary(l, 'AssignUnits', (r: AssignUnitsRequest__Output) => assignUnits(this.store, r, this.routing.router)),
      ReleaseUnit: unary(l, 'ReleaseUnit', (r: ReleaseUnitRequest__Output) => releaseUnit(this.store, r)),
      TickSopStep: unary(l, 'TickSopStep', (r: TickSopStepRequest__Output) => tickSopStep(this.store, r)),
      AddIncidentNote: unary(l, 'AddIncidentNote', (r: AddIncidentNoteRequest__Output) => addIncidentNote(this.store, r)),
      SubmitCitizenReport: unary(l, 'SubmitCitizenReport', (r: SubmitCitizenReportRequest__Output) => this.submitCitizenReport(r)),
      MergeIncidents: unary(l, 'MergeIncidents', (r: MergeIncidentsRequest__Output) => mergeIncidents(this.store, r)),
      NotifyWard: unary(l, 'NotifyWard', (r: NotifyWardRequest__Output) => notifyWard(this.store, r)),
      GetIncidentTimeline: unary(l, 'GetIncidentTimeline', (r: GetIncidentTimelineRequest__Output) => this.incidentTimeline(r)),
      WatchDispatch: (call: grpc.ServerWritableStream<WatchDispatchRequest__Output, DispatchEvent>) =>
        serveWatch(call, this.store.log, watch, l),
    });
  }

  async createIncident(req: CreateIncidentRequest__Output): Promise<{ incident: StoredIncident }> {
    const requestId = requireRequestId(req.request_id);
    const input = validateCreateIncident({
      type: req.type,
      priority: req.priority,
      location: req.location ?? undefined,
      description: req.description,
      source: req.source || 'operator',
    });
    if (!input.ok) throw invalidArgument(input.error.field ?? 'request', input.error.message);
    const ward = nearestWard(input.value.location, this.wards);
    // Group-committed: the id comes from the counter inside the batch that commits it.
    return this.store.batches.submit({
      requestId,
      method: 'CreateIncident',
      needs: [needCounter('incident')],
      apply: (w, emit) => {
        const incident = this.newIncident(w.nextCounter('incident'), input.value, ward, req.actor, Date.now());
        w.putIncident(incident);
        emit('incident', incident.id, incident);
        return { incident };
      },
    });
  }

  /** A new incident inside the caller's transaction: id, ward, SOP checklist, SLA deadlines, logged. */
  async insertIncident({ tx, emit }: MutationContext, v: CreateIncidentInput, actor: string): Promise<StoredIncident> {
    const n = await nextCounter(tx, 'incident');
    const incident = this.newIncident(n, v, nearestWard(v.location, this.wards), actor, Date.now());
    await this.store.putIncident(tx, incident);
    await emit('incident', incident.id, incident);
    return incident;
  }

  /** Incident number n as created now: ward, SOP checklist, SLA deadlines. */
  private newIncident(n: number, v: CreateIncidentInput, ward: string, actor: string, now: number): StoredIncident {
    return {
      id: `INC-${String(n).padStart(6, '0')}`,
      type: v.type,
      priority: v.priority,
      status: 'new',
      location: v.location,
      ward,
      description: v.description,
      assigned_unit_ids: [],
      ...checklistFrom(this.sops.get(v.type)),
      notes: [],
      ...slaFields(this.sla, v.source, v.priority, now),
      source: v.source,
      created_ms: now,
      updated_ms: now,
      version: 1,
      updated_by: actor || 'unknown',
    };
  }

  async updateIncidentStatus(req: UpdateIncidentStatusRequest__Output): Promise<{ incident: StoredIncident }> {
    const requestId = requireRequestId(req.request_id);
    if (!req.incident_id) throw invalidArgument('incident_id', 'is required');
    if (!isIncidentStatus(req.status)) throw invalidArgument('status', `"${req.status}" is not an incident status`);
    if (!Number.isInteger(req.expected_version) || req.expected_version < 1) {
      throw invalidArgument('expected_version', `must be the version you last saw (≥ 1), got ${req.expected_version}`);
    }
    const to: IncidentStatus = req.status;
    return applyOnce(this.store.db, this.store.log, requestId, 'UpdateIncidentStatus', async ({ tx, emit }) => {
      const current = await this.store.getIncident(tx, req.incident_id);
      if (!current) throw notFound('incident', req.incident_id);
      if (current.version !== req.expected_version) throw staleVersion('incident', current.id, req.expected_version, current);
      if (!canTransition(current.status as IncidentStatus, to)) {
        throw failedPrecondition(`status: cannot change incident ${current.id} from ${current.status} to ${to}`);
      }
      assertSopAllows(current, to);
      const now = Date.now();
      const ending = to === 'closed' || to === 'cancelled';
      const incident = nextIncident(current, { status: to, ...(ending ? { assigned_unit_ids: [] } : {}) }, req.actor || 'unknown', now);
      if (ending) await freeUnitsOf(this.store, tx, emit, current, now);
      await this.store.putIncident(tx, incident);
      await emit('incident', incident.id, incident);
      return { incident };
    });
  }

  async incidentTimeline(req: GetIncidentTimelineRequest__Output) {
    if (!req.incident_id) throw invalidArgument('incident_id', 'is required');
    const versions = await this.store.incidentVersions(req.incident_id);
    if (versions.length === 0) throw notFound('incident', req.incident_id);
    return { incident_id: req.incident_id, entries: timelineOf(versions) };
  }

  async recommendUnits(req: RecommendUnitsRequest__Output): Promise<RecommendUnitsResponse> {
    if (!req.incident_id) throw invalidArgument('incident_id', 'is required');
    const max = req.max_per_requirement || DEFAULT_SUGGESTIONS_PER_REQUIREMENT;
    if (!Number.isInteger(max) || max < 1 || max > MAX_SUGGESTIONS_PER_REQUIREMENT) {
      throw invalidArgument('max_per_requirement', `must be from 1 to ${MAX_SUGGESTIONS_PER_REQUIREMENT} (0 for the default ${DEFAULT_SUGGESTIONS_PER_REQUIREMENT}), got ${req.max_per_requirement}`);
    }
    const incident = await this.store.getIncident(this.store.db, req.incident_id);
    if (!incident) throw notFound('incident', req.incident_id);
    if (!isOpenStatus(incident.status as IncidentStatus)) {
      throw failedPrecondition(`incident_id: incident ${incident.id} is ${incident.status}; there is nothing to dispatch to`);
    }
    const unitKind = validUnitKind(req.unit_kind, this.routing.requirements);
    const { units } = await this.store.snapshotUnits();
    const incidents = incident.priority <= REALLOCATION_MAX_PRIORITY ? (await this.store.snapshotIncidents(false)).incidents : undefined;
    const t0 = performance.now();
    const out = recommendUnits({ incident, units, ...this.routing, wards: this.wards, maxPerRequirement: max, coverageCache: this.coverageCache, incidents, unitKind });
    this.logger.debug('recommended units', { incident: incident.id, units: units.length, ms: Math.round(performance.now() - t0) });
    return out;
  }

  async reportUnitPosition(req: ReportUnitPositionRequest__Output): Promise<{ unit: StoredUnit }> {
    const requestId = requireRequestId(req.request_id);
    if (!req.unit_id) throw invalidArgument('unit_id', 'is required');
    const pos = validateLocation(req.position ?? undefined, 'position');
    if (!pos.ok) throw invalidArgument('position', pos.error.message);
    if (!Number.isFinite(req.heading_deg) || req.heading_deg < 0 || req.heading_deg >= 360) {
      throw invalidArgument('heading_deg', `must be in [0, 360), got ${req.heading_deg}`);
    }
    if (!Number.isFinite(req.speed_kmh) || req.speed_kmh < 0 || req.speed_kmh > 300) {
      throw invalidArgument('speed_kmh', `must be in [0, 300], got ${req.speed_kmh}`);
    }
    // Group-committed against the in-memory unit: 1 Hz AVL from every vehicle is the bulk of writes.
    return this.store.batches.submit({
      requestId,
      method: 'ReportUnitPosition',
      needs: [needUnit(req.unit_id)],
      apply: (w, emit) => {
      const current = w.unit(req.unit_id);
      if (!current) throw notFound('unit', req.unit_id);
      const unit: StoredUnit = followRoute(this.routing.router, current, {
        ...current,
        position: pos.value,
        heading_deg: req.heading_deg,
        speed_kmh: req.speed_kmh,
        updated_ms: Date.now(),
        version: current.version + 1,
      }, Date.now());
      w.putUnit(unit);
      emit('unit', unit.id, unit);
      return { unit };
      },
    });
  }

  /** Adds units that do not exist yet (demo data, imports); each addition is a logged event. */
  async seedUnits(units: readonly StoredUnit[]): Promise<number> {
    const events: LoggedEvent[] = [];
    await this.store.db.transaction(async (tx) => {
      for (const u of units) {
        if (await this.store.getUnit(tx, u.id)) continue;
        await this.store.putUnit(tx, u);
        events.push(await this.store.log.append(tx, 'unit', u.id, u));
      }
    });
    this.store.log.publish(events);
    return events.length;
  }
}

function slaFields(sla: SlaConfig, source: string, priority: number, createdMs: number) {
  const d = slaDeadlines(sla, source, priority, createdMs);
  return { sla_dispatch_due_ms: d.dispatchDueMs, sla_resolve_due_ms: d.resolveDueMs, sla_breaches: [] as string[] };
}

export function toDispatchEvent(e: LoggedEvent): DispatchEvent {
  const base = { seq: e.seq, time_ms: e.timeMs };
  return e.kind === 'unit' ? { ...base, unit: e.payload as StoredUnit } : { ...base, incident: e.payload as StoredIncident };
}
