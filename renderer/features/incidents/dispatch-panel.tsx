import { useCallback, useEffect, useState } from 'react';
import { isOpenStatus, type Incident } from '../../../common/domain/incident';
import type { Recommendation, UnitSuggestion } from '../../../common/domain/recommendation';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { capabilityLabel, coverageLines, estimateCounts, formatEta, formatKm, takenUnit } from './model/dispatch-panel';
import './dispatch-panel.css';
import { unitKindLabel } from './sop-step-action';

/** The suggestions among `unitIds` that would be taken from another incident. */
function takenSuggestions(rec: Recommendation, unitIds: readonly string[]): UnitSuggestion[] {
  const all = rec.requirements.flatMap((q) => q.suggestions);
  return unitIds.map((id) => all.find((s) => s.unitId === id && s.takenFromIncidentId)).filter((s): s is UnitSuggestion => !!s);
}

type Outcome = { ok: true; text: string; queued: boolean } | { ok: false; error: BridgeError } | null;

/** Recommended units for the incident, each explained, and one-click dispatch of the proposed set. */
export function DispatchPanel({ incident, unitKind = null, onClearUnitKind }: { incident: Incident; unitKind?: string | null; onClearUnitKind?: () => void }) {
  const { t, err } = useI18n();
  const bridge = useBridge();
  const [rec, setRec] = useState<Recommendation | null>(null);
  const [loadError, setLoadError] = useState<BridgeError | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const open = isOpenStatus(incident.status);
  const units = useConsole((s) => s.units);
  const callSigns = (ids: string[]) => ids.map((id) => units.get(id)?.callSign ?? id).join(', ');

  const load = useCallback(async () => {
    setLoadError(null);
    const r = await bridge.recommendUnits(unitKind ? { incidentId: incident.id, unitKind } : { incidentId: incident.id });
    if (r.ok) setRec(r.value);
    else setLoadError(r.error);
  }, [bridge, incident.id, unitKind]);

  useEffect(() => {
    if (open) void load();
  }, [open, load, incident.version]);

  async function dispatch(unitIds: string[]) {
    if (!rec) return;
    setBusy(true);
    setOutcome(null);
    const taken = takenSuggestions(rec, unitIds);
    const r = await bridge.assignUnits({ incidentId: incident.id, unitIds, expectedVersion: rec.incidentVersion, ...(taken.length ? { allowReallocation: true } : {}) });
    setBusy(false);
    if (!r.ok) return setOutcome({ ok: false, error: r.error });
    const queued = r.value.state === 'pending';
    const names = unitIds.map((id) => units.get(id)?.callSign ?? id).join(', ');
    const moved = taken.length ? ' ' + t('dispatch.reallocated', { units: taken.map((s) => s.callSign).join(', '), from: [...new Set(taken.map((s) => s.takenFromIncidentId))].join(', ') }) : '';
    setOutcome({ ok: true, queued, text: queued ? t('dispatch.queued') : t('dispatch.applied', { units: names }) + moved });
  }
  const dispatchProposed = () => dispatch(rec?.proposedUnitIds ?? []);

  if (!open) return null;
  return (
    <div className="dispatch-panel" data-testid="dispatch-panel">
      <h3>
        {t('dispatch.title')}{' '}
        <button type="button" data-testid="dispatch-refresh" onClick={() => void load()}>
          {t('dispatch.refresh')}
        </button>
      </h3>
      {unitKind && (
        <p className="dispatch-filter" data-testid="dispatch-filter" data-kind={unitKind}>
          {t('dispatch.filtered', { kind: unitKindLabel(t, unitKind) })}{' '}
          <button type="button" data-testid="dispatch-clear-filter" onClick={onClearUnitKind}>
            {t('dispatch.clearFilter')}
          </button>
        </p>
      )}
      {loadError && <div className="field-error" role="alert">{err(loadError)}</div>}
      {!rec && !loadError && <p className="muted">{t('dispatch.loading')}</p>}
      {rec && (
        <>
          <p className="muted" title={`${rec.routing}\n${rec.explanation}`} data-testid="dispatch-routing">
            {t('dispatch.estimates', estimateCounts(rec))}
          </p>
          {rec.requirements.length === 0 && <p className="muted">{t('dispatch.none')}</p>}
          {rec.requirements.map((q) => (
            <div className="req" key={q.capability} data-testid={`req-${q.capability}`}>
              <h4>{t('dispatch.requirement', { capability: capabilityLabel(t, q.capability), count: q.count })}</h4>
              {q.assignedUnitIds.length > 0 && <p className="muted">{t('dispatch.assigned', { units: callSigns(q.assignedUnitIds) })}</p>}
              {q.missing > 0 && (
                <p className="shortfall" title={q.shortfall}>
                  {t('dispatch.shortfall', { n: q.missing, capability: capabilityLabel(t, q.capability) })}
                </p>
              )}
              <ol>
                {q.suggestions.map((s) => <SuggestionRow key={s.unitId} s={s} capability={q.capability} busy={busy} onDispatch={() => void dispatch([s.unitId])} />)}
              </ol>
            </div>
          ))}
          {rec.proposedUnitIds.length > 0 ? (
            <button type="button" className="primary" data-testid="dispatch-proposed" disabled={busy} onClick={() => void dispatchProposed()}>
              {t('dispatch.dispatchProposed', { n: rec.proposedUnitIds.length })}
            </button>
          ) : (
            rec.requirements.length > 0 && <p className="muted">{t('dispatch.allMet')}</p>
          )}
        </>
      )}
      {outcome && (
        <div className={outcome.ok ? `outcome${outcome.queued ? ' outcome-queued' : ''}` : 'field-error'} data-testid="dispatch-result" role={outcome.ok ? undefined : 'alert'}>
          {outcome.ok ? outcome.text : takenUnit(outcome.error) ? t('dispatch.unitTaken', takenUnit(outcome.error)!) : err(outcome.error)}
        </div>
      )}
    </div>
  );
}

function SuggestionRow({ s, capability, busy, onDispatch }: { s: UnitSuggestion; capability: string; busy: boolean; onDispatch: () => void }) {
  const { t } = useI18n();
  const gaps = coverageLines(t, s.coverageGaps);
  const from = s.takenFromIncidentId;
  return (
    <li
      className={[s.proposed ? 'proposed' : '', from ? 'taken' : ''].join(' ').trim() || undefined}
      title={s.explanation}
      data-testid={`suggestion-${s.unitId}`}
      data-eta={s.etaS}
      data-estimate={s.estimate}
      data-taken-from={from || undefined}
      data-kind={s.kind}
      data-proposed={s.proposed ? 'true' : 'false'}
    >
      <div className="sugg-head">
        <span>#{s.rank}</span>
        <strong>{s.callSign}</strong>
        <span className="muted">{t(`agency.${s.agency}`)}</span>
        <span className="sugg-eta">{formatEta(t, s.etaS)}</span>
        <span>{t('dispatch.distanceKm', { km: formatKm(s.distanceM) })}</span>
        <span className={`est-${s.estimate}`} title={s.estimateNote || undefined}>
          {s.estimate === 'road_graph' ? t('dispatch.byRoad') : t('dispatch.straightLine')}
        </span>
        {s.proposed && <span className="status-pill">{t('dispatch.proposed')}</span>}
        <button type="button" className="sugg-dispatch" data-testid={`dispatch-one-${s.unitId}`} disabled={busy} onClick={onDispatch}>
          {t('dispatch.dispatchOne')}
        </button>
      </div>
      {from && (
        <div className="taken-from" data-testid={`taken-from-${s.unitId}`} title={s.takenFromLeaves}>
          {s.takenFromNeeds
            ? t('dispatch.takenFrom', { id: from, p: s.takenFromPriority ?? 0, keeps: s.takenFromKeeps ?? 0, needs: s.takenFromNeeds, capability: capabilityLabel(t, capability) })
            : t('dispatch.takenFromNoNeed', { id: from, p: s.takenFromPriority ?? 0 })}
        </div>
      )}
      {gaps.length === 0 ? <div className="kept">{t('dispatch.coverageKept')}</div> : gaps.map((g) => <div className="gap" key={g}>{g}</div>)}
    </li>
  );
}
