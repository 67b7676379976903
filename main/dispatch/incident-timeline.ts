import type { TimelineEntry } from '../../common/domain/sop';
import { validateIncidentTimeline } from '../../common/domain/sop-commands';
import type { Logger } from '../../common/log';
import { fail, ok, type Result } from '../../common/result';
import { callUnary, type DispatchServiceClient } from '../../proto/clients';
import { timelineEntryFromWire } from '../../proto/map/dispatch';
import { toBridgeError } from '../outbox/grpc-error-map';

/** A read with a deadline, never queued: the timeline is only useful while the engine answers. */
export const TIMELINE_DEADLINE_MS = 4000;

export type TimelineHandler = (args: unknown) => Promise<Result<TimelineEntry[]>>;

/** Reads an incident's timeline from the dispatch engine's event log. */
export function incidentTimelineVia(client: DispatchServiceClient, logger: Logger): TimelineHandler {
  return async (args) => {
    const valid = validateIncidentTimeline(args);
    if (!valid.ok) return valid;
    try {
      const r = await callUnary(client, client.GetIncidentTimeline, { incident_id: valid.value.incidentId }, TIMELINE_DEADLINE_MS);
      return ok(r.entries.map(timelineEntryFromWire));
    } catch (err) {
      const error = toBridgeError(err);
      logger.debug('getIncidentTimeline refused', { incidentId: valid.value.incidentId, code: error.code, message: error.message });
      return fail(error);
    }
  };
}
