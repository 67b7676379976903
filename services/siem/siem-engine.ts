import * as grpc from '@grpc/grpc-js';
import type { Logger } from '../../common/log';
import { loadProtos } from '../../proto/loader';
import type { IngestEventsRequest__Output } from '../../proto/gen/watchfloor/siem/v1/IngestEventsRequest';
import type { AcknowledgeAlertRequest__Output } from '../../proto/gen/watchfloor/siem/v1/AcknowledgeAlertRequest';
import type { ListAlertsRequest__Output } from '../../proto/gen/watchfloor/siem/v1/ListAlertsRequest';
import type { WatchAlertsRequest__Output } from '../../proto/gen/watchfloor/siem/v1/WatchAlertsRequest';
import type { AlertEvent } from '../../proto/gen/watchfloor/siem/v1/AlertEvent';
import { conflict, invalidArgument, notFound, requireRequestId } from '../kit/grpc-errors';
import { applyOnce } from '../kit/mutation';
import { unary } from '../kit/unary';
import { serveWatch, SharedWatch } from '../kit/watch';
import type { LoggedEvent } from '../store/event-log';
import { AlertWriter } from './alert-writer';
import { withTriageDefaults } from './alert-triage';
import { CaseService } from './cases/case-service';
import { socHandlers, socMetrics } from './soc-handlers';
import { Suppressions } from './suppressions';
import { DEFAULT_RULES_DIR, loadRules, type Asset, type Detection } from './detection';
import { rejectReason } from './event-validation';
import { AssetResolver } from './ingest/asset-resolver';
import { Malformed, type NormalEvent } from './ingest/event';
import { IngestStats } from './ingest/ingest-stats';
import { SyslogListeners, type ListenerOptions, type Transport } from './ingest/listeners';
import { normaliseLine } from './ingest/normalise';
import type { RuleSet } from './rules/rule-engine';
import type { SiemStore, StoredAlert } from './store';

export const SIEM_SERVICE_NAME = 'watchfloor.siem.v1.SiemService';
const MAX_BATCH = 10_000;

export interface SiemEngineOptions {
  /** Folder of Sigma-style YAML rules (default assets/rules). */
  rulesDir?: string;
}

/** The SIEM engine: ingests log lines and event batches, runs the rule pack, groups alerts by rule and asset. */
export class SiemEngine {
  private readonly rules: RuleSet;
  private readonly assets = new AssetResolver();
  private readonly writer: AlertWriter;
  readonly stats = new IngestStats();
  readonly suppressions: Suppressions;
  readonly cases: CaseService;
  private readonly ruleIds: ReadonlySet<string>;
  private listeners?: SyslogListeners;

  constructor(
    readonly store: SiemStore,
    private readonly logger: Logger,
    opts: SiemEngineOptions = {},
  ) {
    this.rules = loadRules(opts.rulesDir ?? DEFAULT_RULES_DIR, logger);
    this.ruleIds = new Set(this.rules.rules.map((r) => r.id));
    this.suppressions = new Suppressions(store);
    this.cases = new CaseService(store);
    this.writer = new AlertWriter(store, (id) => this.assets.get(id), logger, this.suppressions);
  }

  async init(): Promise<void> {
    await this.suppressions.load();
    for (const a of (await this.store.loadAssets()).values()) this.assets.add(a);
  }

  async upsertAssets(assets: readonly Asset[]): Promise<void> {
    await this.store.upsertAssets(assets);
    for (const a of assets) this.assets.add(a);
  }

  /** Starts the syslog UDP/TCP listeners this engine owns. */
  async listen(opts: ListenerOptions): Promise<{ udp?: number; tcp?: number }> {
    this.listeners = await SyslogListeners.start(opts, this.lineSink(), this.logger.child('syslog'));
    for (const a of this.listeners.addresses) this.logger.info('syslog listening', { transport: a.transport, address: a.address });
    return Object.fromEntries(this.listeners.addresses.map((a) => [a.transport, a.port]));
  }

  /** Resolves once every alert detected so far is stored and published. */
  flushed(): Promise<void> {
    return this.writer.flushed();
  }

  /** Stops the listeners and waits until every queued alert is stored. */
  async stop(): Promise<void> {
    await this.listeners?.close();
    await this.writer.flushed();
  }

  addToServer(server: grpc.Server): void {
    const l = this.logger;
    const watch = new SharedWatch(loadProtos().watchfloor.siem.v1.SiemService.service, 'WatchAlerts', (e: LoggedEvent): AlertEvent => ({ seq: e.seq, time_ms: e.timeMs, alert: e.payload as StoredAlert }));
    server.addService(watch.definition, {
      IngestEvents: unary(l, 'IngestEvents', (r: IngestEventsRequest__Output) => this.ingest(r)),
      ListAlerts: unary(l, 'ListAlerts', async (r: ListAlertsRequest__Output) => {
        const s = await this.store.snapshotAlerts(r.include_closed);
        return { alerts: s.alerts, last_seq: s.lastSeq };
      }),
      AcknowledgeAlert: unary(l, 'AcknowledgeAlert', (r: AcknowledgeAlertRequest__Output) => this.acknowledge(r)),
      WatchAlerts: (call: grpc.ServerWritableStream<WatchAlertsRequest__Output, AlertEvent>) =>
        serveWatch(call, this.store.log, watch, l),
      GetIngestStats: unary(l, 'GetIngestStats', async () => this.ingestStats()),
      ...socHandlers({ store: this.store, suppressions: this.suppressions, cases: this.cases, ruleIds: () => this.ruleIds, loadedRules: () => this.loadedRules() }, l),
    });
  }

  loadedRules(): { rule_id: string; title: string; severity: string; tags: string[] }[] {
    return this.rules.rules.map((r) => ({ rule_id: r.id, title: r.title, severity: r.severity, tags: [...r.tags] }));
  }

  socMetrics(days: number, now = Date.now()) {
    return socMetrics(this.store, days, now);
  }

  ingestStats() {
    return {
      ...this.stats.snapshot(),
      listeners: (this.listeners?.addresses ?? []).map((a) => ({ transport: a.transport, address: a.address })),
      rules_loaded: this.rules.size,
    };
  }

  /** One received line: parse, normalise, resolve the asset, detect. Never throws: bad input is counted with why. */
  ingestLine(line: string, transport: Transport | 'grpc', peer: string): void {
    const now = Date.now();
    try {
      const { event, format } = normaliseLine(line, { now });
      const reason = rejectReason(event, now);
      if (reason) throw new Malformed('event.invalid', reason);
      this.stats.accept(format);
      this.writer.enqueue(this.detect(event));
    } catch (err) {
      if (err instanceof Malformed) return this.stats.reject(err, transport, peer, line, now);
      this.logger.error('ingest failed on a line', { transport, peer, error: String(err), stack: (err as Error)?.stack });
      this.stats.reject(new Malformed('internal', String(err)), transport, peer, line, now);
    }
  }

  private lineSink() {
    const writer = this.writer;
    return {
      line: (text: string, transport: Transport, peer: string) => this.ingestLine(text, transport, peer),
      reject: (err: Malformed, transport: Transport, peer: string, head: string) => this.stats.reject(err, transport, peer, head),
      get congested() {
        return writer.congested;
      },
      onDrained: (cb: () => void) => this.writer.onDrained(cb),
    };
  }

  private detect(event: NormalEvent): Detection[] {
    const asset = this.assets.resolve(event);
    return this.rules.evaluate({ event, asset, sourceAsset: this.assets.byAddress(event.source_ip) });
  }

  async ingest(req: IngestEventsRequest__Output): Promise<{ accepted: number; rejected: { index: number; reason: string }[]; alerts_raised: number }> {
    const requestId = requireRequestId(req.request_id);
    if (req.events.length > MAX_BATCH) throw invalidArgument('events', `${req.events.length} events in one request; the limit is ${MAX_BATCH}`);
    const now = Date.now();
    const rejected: { index: number; reason: string }[] = [];
    const detections: Detection[] = [];
    req.events.forEach((e, index) => {
      const reason = rejectReason(e, now);
      if (reason) {
        rejected.push({ index, reason });
        return this.stats.reject(new Malformed('grpc.event', `events[${index}].${reason}`), 'grpc', 'IngestEvents', JSON.stringify(e), now);
      }
      this.stats.accept('grpc');
      detections.push(...this.detect(e));
    });
    if (rejected.length) this.logger.warn('events rejected', { count: rejected.length, first: rejected[0] });
    return applyOnce(this.store.db, this.store.log, requestId, 'IngestEvents', async ({ tx, emit }) => {
      let raised = 0;
      for (const d of detections) {
        const alert = await this.writer.commit(tx, d, now);
        if (!alert) continue;
        raised++;
        await emit('alert', alert.id, alert);
      }
      return { accepted: req.events.length - rejected.length, rejected, alerts_raised: raised };
    });
  }

  async acknowledge(req: AcknowledgeAlertRequest__Output): Promise<{ alert: StoredAlert }> {
    const requestId = requireRequestId(req.request_id);
    if (!req.alert_id) throw invalidArgument('alert_id', 'is required');
    if (!Number.isInteger(req.expected_version) || req.expected_version < 1) {
      throw invalidArgument('expected_version', `must be the version you last saw (≥ 1), got ${req.expected_version}`);
    }
    return applyOnce(this.store.db, this.store.log, requestId, 'AcknowledgeAlert', async ({ tx, emit }) => {
      const found = await this.store.getAlert(tx, req.alert_id);
      if (!found) throw notFound('alert', req.alert_id);
      const current = withTriageDefaults(found);
      // Count bumps from grouping do not conflict with an acknowledgement; a status change does.
      if (current.status !== 'new') {
        throw conflict(`alert ${current.id} is already ${current.status}${current.acknowledged_by ? ` by ${current.acknowledged_by}` : ''}`, current);
      }
      const now = Date.now();
      const version = current.version + 1;
      const alert: StoredAlert = { ...current, status: 'acknowledged', acknowledged_by: req.actor || 'unknown', acknowledged_ms: now, version, triage_version: version, updated_ms: now };
      await this.store.putAlert(tx, alert);
      await emit('alert', alert.id, alert);
      return { alert };
    });
  }
}
