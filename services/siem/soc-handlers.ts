import type * as grpc from '@grpc/grpc-js';
import type { Logger } from '../../common/log';
import type { CreateCaseRequest__Output } from '../../proto/gen/watchfloor/siem/v1/CreateCaseRequest';
import type { CreateSuppressionRequest__Output } from '../../proto/gen/watchfloor/siem/v1/CreateSuppressionRequest';
import type { GetAlertEventsRequest__Output } from '../../proto/gen/watchfloor/siem/v1/GetAlertEventsRequest';
import type { GetSocMetricsRequest__Output } from '../../proto/gen/watchfloor/siem/v1/GetSocMetricsRequest';
import type { ListSuppressionsRequest__Output } from '../../proto/gen/watchfloor/siem/v1/ListSuppressionsRequest';
import type { PreviewSuppressionRequest__Output } from '../../proto/gen/watchfloor/siem/v1/PreviewSuppressionRequest';
import type { UpdateAlertRequest__Output } from '../../proto/gen/watchfloor/siem/v1/UpdateAlertRequest';
import type { UpdateCaseRequest__Output } from '../../proto/gen/watchfloor/siem/v1/UpdateCaseRequest';
import { invalidArgument, notFound } from '../kit/grpc-errors';
import { unary } from '../kit/unary';
import { updateAlert } from './alert-triage';
import type { CaseService } from './cases/case-service';
import { computeSocMetrics, metricDays, windowStart } from './soc-metrics';
import type { SiemStore } from './store';
import { previewHours, validateMatch, type Suppressions } from './suppressions';

export interface SocParts {
  store: SiemStore;
  suppressions: Suppressions;
  cases: CaseService;
  ruleIds: () => ReadonlySet<string>;
  /** The loaded rule pack as GetSocMetrics lists it. */
  loadedRules?: () => { rule_id: string; title: string; severity: string; tags: string[] }[];
}

export async function socMetrics(store: SiemStore, days: number, now = Date.now()) {
  const since = windowStart(now, metricDays(days));
  const [alerts, open] = await Promise.all([store.alertsSeenSince(since), store.openBySeverity()]);
  return computeSocMetrics(alerts, since, open);
}

/** The analyst's RPCs: triage, evidence, metrics, suppressions and cases. */
export function socHandlers(p: SocParts, l: Logger): grpc.UntypedServiceImplementation {
  return {
    UpdateAlert: unary(l, 'UpdateAlert', (r: UpdateAlertRequest__Output) => updateAlert(p.store, r)),
    GetSocMetrics: unary(l, 'GetSocMetrics', async (r: GetSocMetricsRequest__Output) => ({ ...(await socMetrics(p.store, r.days)), rules: p.loadedRules?.() ?? [] })),
    GetAlertEvents: unary(l, 'GetAlertEvents', async (r: GetAlertEventsRequest__Output) => {
      if (!r.alert_id) throw invalidArgument('alert_id', 'is required');
      if (!(await p.store.getAlert(p.store.db, r.alert_id))) throw notFound('alert', r.alert_id);
      return { events: (await p.store.alertEvents([r.alert_id])).map((e) => e.event) };
    }),
    PreviewSuppression: unary(l, 'PreviewSuppression', async (r: PreviewSuppressionRequest__Output) =>
      p.suppressions.preview(validateMatch(r.match, p.ruleIds()), previewHours(r.hours)),
    ),
    CreateSuppression: unary(l, 'CreateSuppression', (r: CreateSuppressionRequest__Output) => p.suppressions.create(r, p.ruleIds())),
    ListSuppressions: unary(l, 'ListSuppressions', async (r: ListSuppressionsRequest__Output) => ({ suppressions: await p.suppressions.list(r.include_expired) })),
    CreateCase: unary(l, 'CreateCase', (r: CreateCaseRequest__Output) => p.cases.create(r)),
    UpdateCase: unary(l, 'UpdateCase', (r: UpdateCaseRequest__Output) => p.cases.update(r)),
    ListCases: unary(l, 'ListCases', async () => ({ cases: await p.cases.list() })),
  };
}
