import type { Logger } from '../../common/log';
import { validateSuppressionMatch } from '../../common/domain/soc-validation';
import { fail, invalid, ok, type Result } from '../../common/result';
import { callUnary, type SiemServiceClient } from '../../proto/clients';
import { caseFromWire, securityEventFromWire, suppressionFromWire, suppressionPreviewFromWire } from '../../proto/map/siem-soc';
import { toBridgeError } from '../outbox/grpc-error-map';
import { socMetricsFromWire, validateSocMetricsArgs } from './soc-metrics-read';

/** Reads have a deadline and are never queued: a stale answer is worse than none. */
export const SIEM_READ_DEADLINE_MS = 4000;

export const SIEM_READS = ['getSocMetrics', 'getAlertEvents', 'previewSuppression', 'listSuppressions', 'listCases'] as const;
export type SiemReadName = (typeof SIEM_READS)[number];
export type SiemReadHandlers = Record<SiemReadName, (args: unknown) => Promise<Result<unknown>>>;

async function guarded<T>(logger: Logger, method: string, call: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await call());
  } catch (err) {
    const error = toBridgeError(err);
    logger.debug('siem read refused', { method, code: error.code, message: error.message });
    return fail(error);
  }
}

/** The alerts window's reads from the SIEM engine, each validated before it is sent. */
export function siemReadsVia(client: SiemServiceClient, logger: Logger): SiemReadHandlers {
  const d = SIEM_READ_DEADLINE_MS;
  return {
    getSocMetrics: async (args) => {
      const v = validateSocMetricsArgs(args);
      if (!v.ok) return v;
      return guarded(logger, 'getSocMetrics', async () => socMetricsFromWire(await callUnary(client, client.GetSocMetrics, { days: v.value.days }, d)));
    },
    getAlertEvents: async (args) => {
      const id = (args as { alertId?: unknown } | null)?.alertId;
      if (typeof id !== 'string' || !id) return invalid('alertId', 'alertId is required', 'error.idRequired', { field: 'alertId' });
      return guarded(logger, 'getAlertEvents', async () => (await callUnary(client, client.GetAlertEvents, { alert_id: id }, d)).events.map(securityEventFromWire));
    },
    previewSuppression: async (args) => {
      const a = args as { match?: unknown; hours?: unknown } | null;
      const m = validateSuppressionMatch(a?.match);
      if (!m.ok) return m;
      const hours = a?.hours ?? 24;
      if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 1 || hours > 168) return invalid('hours', `hours must be a whole number from 1 to 168, got ${JSON.stringify(hours)}`);
      const match = { rule_id: m.value.ruleId ?? '', asset_id: m.value.assetId ?? '', source_ip: m.value.sourceIp ?? '' };
      return guarded(logger, 'previewSuppression', async () => suppressionPreviewFromWire(await callUnary(client, client.PreviewSuppression, { match, hours }, d)));
    },
    listSuppressions: async () => guarded(logger, 'listSuppressions', async () => (await callUnary(client, client.ListSuppressions, { include_expired: false }, d)).suppressions.map(suppressionFromWire)),
    listCases: async () => guarded(logger, 'listCases', async () => (await callUnary(client, client.ListCases, {}, d)).cases.map(caseFromWire)),
  };
}
