import * as grpc from '@grpc/grpc-js';
import type { Logger } from '../../common/log';
import { ASSET_KINDS } from '../../common/domain/alert';
import { loadProtos } from '../../proto/loader';
import type { IngestEventsRequest__Output } from '../../proto/gen/watchfloor/siem/v1/IngestEventsRequest';
import type { AcknowledgeAlertRequest__Output } from '../../proto/gen/watchfloor/siem/v1/AcknowledgeAlertRequest';
import type { ListAlertsRequest__Output } from '../../proto/gen/watchfloor/siem/v1/ListAlertsRequest';
import type { WatchAlertsRequest__Output } from '../../proto/gen/watchfloor/siem/v1/WatchAlertsRequest';
import type { AlertEvent } from '../../proto/gen/watchfloor/siem/v1/AlertEvent';
import { conflict, invalidArgument, notFound, requireRequestId } from '../kit/grpc-errors';
import { applyOnce } from '../kit/mutation';
import { unary } from '../kit/unary';
import { serveWatch } from '../kit/watch';
import { nextCounter, type LoggedEvent } from '../store/event-log';
import { createRules, type Asset, type Detection } from './detection';
import { rejectReason } from './event-validation';
import type { SiemStore, StoredAlert } from './store';

export const SIEM_SERVICE_NAME = 'watchfloor.siem.v1.SiemService';
const GROUP_WINDOW_MS = 10 * 60_000;
const MAX_BATCH = 10_000;

/** The SIEM engine: takes normalised events, runs detection rules, groups alerts by rule and asset. */
export class SiemEngine {
  private rules = createRules();
  private assets = new Map<string, Asset>();

  constructor(
    readonly store: SiemStore,
    private readonly logger: Logger,
  ) {}

  async init(): Promise<void> {
    this.assets = await this.store.loadAssets();
  }

  async upsertAssets(assets: readonly Asset[]): Promise<void> {
    await this.store.upsertAssets(assets);
    for (const a of assets) this.assets.set(a.id, a);
  }

  addToServer(server: grpc.Server): void {
    const l = this.logger;
    server.addService(loadProtos().watchfloor.siem.v1.SiemService.service, {
      IngestEvents: unary(l, 'IngestEvents', (r: IngestEventsRequest__Output) => this.ingest(r)),
      ListAlerts: unary(l, 'ListAlerts', async (r: ListAlertsRequest__Output) => {
        const s = await this.store.snapshotAlerts(r.include_closed);
        return { alerts: s.alerts, last_seq: s.lastSeq };
      }),
      AcknowledgeAlert: unary(l, 'AcknowledgeAlert', (r: AcknowledgeAlertRequest__Output) => this.acknowledge(r)),
      WatchAlerts: (call: grpc.ServerWritableStream<WatchAlertsRequest__Output, AlertEvent>) =>
        serveWatch(call, this.store.log, (e: LoggedEvent) => ({ seq: e.seq, time_ms: e.timeMs, alert: e.payload as StoredAlert }), l),
    });
  }

  async ingest(req: IngestEventsRequest__Output): Promise<{ accepted: number; rejected: { index: number; reason: string }[]; alerts_raised: number }> {
    const requestId = requireRequestId(req.request_id);
    if (req.events.length > MAX_BATCH) throw invalidArgument('events', `${req.events.length} events in one request; the limit is ${MAX_BATCH}`);
    const now = Date.now();
    const rejected: { index: number; reason: string }[] = [];
    const detections: Detection[] = [];
    req.events.forEach((e, index) => {
      const reason = rejectReason(e, now);
      if (reason) return void rejected.push({ index, reason });
      const asset = this.assets.get(e.asset_id);
      for (const rule of this.rules) {
        const d = rule.evaluate(e, asset, now);
        if (d) detections.push(d);
      }
    });
    if (rejected.length) this.logger.warn('events rejected', { count: rejected.length, first: rejected[0] });
    return applyOnce(this.store.db, this.store.log, requestId, 'IngestEvents', async ({ tx, emit }) => {
      for (const d of detections) {
        const alert = await this.raise(tx, d, now);
        await this.store.putAlert(tx, alert);
        await emit('alert', alert.id, alert);
      }
      return { accepted: req.events.length - rejected.length, rejected, alerts_raised: detections.length };
    });
  }

  private async raise(tx: Parameters<SiemStore['putAlert']>[0], d: Detection, now: number): Promise<StoredAlert> {
    const group = await this.store.findGroup(tx, d.ruleId, d.assetId, now - GROUP_WINDOW_MS);
    if (group) return { ...group, count: group.count + 1, last_seen_ms: now, updated_ms: now, version: group.version + 1 };
    const asset = this.assets.get(d.assetId);
    const kind = asset && (ASSET_KINDS as readonly string[]).includes(asset.kind) ? asset.kind : 'unknown';
    const n = await nextCounter(tx, 'alert');
    return {
      id: `ALR-${String(n).padStart(6, '0')}`,
      rule_id: d.ruleId,
      title: d.title,
      severity: d.severity,
      status: 'new',
      asset_id: d.assetId,
      asset_kind: kind,
      source_ip: d.sourceIp,
      mitre_technique: d.mitreTechnique,
      count: 1,
      first_seen_ms: d.firstEventMs,
      last_seen_ms: now,
      created_ms: now,
      updated_ms: now,
      version: 1,
      acknowledged_by: '',
      location: asset?.lat != null && asset.lon != null ? { lat: asset.lat, lon: asset.lon } : null,
      ward: asset?.ward ?? '',
      detect_delay_ms: Math.max(0, now - d.firstEventMs),
    };
  }

  async acknowledge(req: AcknowledgeAlertRequest__Output): Promise<{ alert: StoredAlert }> {
    const requestId = requireRequestId(req.request_id);
    if (!req.alert_id) throw invalidArgument('alert_id', 'is required');
    if (!Number.isInteger(req.expected_version) || req.expected_version < 1) {
      throw invalidArgument('expected_version', `must be the version you last saw (≥ 1), got ${req.expected_version}`);
    }
    return applyOnce(this.store.db, this.store.log, requestId, 'AcknowledgeAlert', async ({ tx, emit }) => {
      const current = await this.store.getAlert(tx, req.alert_id);
      if (!current) throw notFound('alert', req.alert_id);
      // Count bumps from grouping do not conflict with an acknowledgement; a status change does.
      if (current.status !== 'new') {
        throw conflict(`alert ${current.id} is already ${current.status}${current.acknowledged_by ? ` by ${current.acknowledged_by}` : ''}`, current);
      }
      const alert: StoredAlert = { ...current, status: 'acknowledged', acknowledged_by: req.actor || 'unknown', version: current.version + 1, updated_ms: Date.now() };
      await this.store.putAlert(tx, alert);
      await emit('alert', alert.id, alert);
      return { alert };
    });
  }
}
