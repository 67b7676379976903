import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IncidentStatus } from '../../common/domain/incident';
import type { Logger } from '../../common/log';
import { dueBreaches, validateSlaConfig, type SlaConfig } from '../../common/domain/sla';
import type { LoggedEvent } from '../store/event-log';
import type { DispatchStore, StoredIncident } from './store';
import { nextIncident } from './incident-change';

export const SLA_FILE =
  [path.resolve(__dirname, '../../assets/dispatch/sla.json'), path.resolve(__dirname, '../../../assets/dispatch/sla.json')].find((f) => fs.existsSync(f)) ??
  path.resolve(__dirname, '../../assets/dispatch/sla.json');

/** How often the engine looks for deadlines that passed. */
export const SLA_CHECK_INTERVAL_MS = 5000;
export const SLA_ACTOR = 'sla-timer';

export function loadSlaConfig(file = SLA_FILE): SlaConfig {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`SLA file ${file}: ${(err as Error).message}`);
  }
  const r = validateSlaConfig(data);
  if (!r.ok) throw new Error(`SLA file ${file} is invalid: ${r.errors.join('; ')}`);
  return r.value;
}

function breachesOf(i: StoredIncident, nowMs: number): string[] {
  const already = new Set(i.sla_breaches ?? []);
  return dueBreaches(
    {
      status: i.status as IncidentStatus,
      assignedUnitIds: i.assigned_unit_ids ?? [],
      slaDispatchDueMs: Number(i.sla_dispatch_due_ms ?? 0),
      slaResolveDueMs: Number(i.sla_resolve_due_ms ?? 0),
    },
    nowMs,
  ).filter((m) => !already.has(m));
}

/**
 * Records each SLA breach once, as a change to the incident in the event log (actor sla-timer), so
 * every console and the timeline see it at the same seq.
 */
export async function recordSlaBreaches(store: DispatchStore, nowMs = Date.now()): Promise<StoredIncident[]> {
  const { incidents } = await store.snapshotIncidents(false);
  const candidates = incidents.filter((i) => breachesOf(i, nowMs).length > 0);
  if (candidates.length === 0) return [];
  const events: LoggedEvent[] = [];
  const changed: StoredIncident[] = [];
  await store.db.transaction(async (tx) => {
    for (const c of candidates) {
      const current = await store.getIncident(tx, c.id);
      if (!current) continue;
      const fresh = breachesOf(current, nowMs);
      if (fresh.length === 0) continue;
      const incident = nextIncident(current, { sla_breaches: [...(current.sla_breaches ?? []), ...fresh] }, SLA_ACTOR, nowMs);
      await store.putIncident(tx, incident);
      events.push(await store.log.append(tx, 'incident', incident.id, incident, nowMs));
      changed.push(incident);
    }
  });
  store.log.publish(events);
  return changed;
}

/** Runs recordSlaBreaches every intervalMs until stopped; a failed pass is logged and retried next tick. */
export function startSlaTimer(store: DispatchStore, logger: Logger, intervalMs = SLA_CHECK_INTERVAL_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    recordSlaBreaches(store)
      .then((changed) => {
        if (changed.length) logger.info('SLA breached', { incidents: changed.map((i) => `${i.id}:${(i.sla_breaches ?? []).join('+')}`) });
      })
      .catch((err) => logger.warn('SLA check failed', { error: String(err) }))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
