import { useCallback, useEffect, useState } from 'react';
import { isOpenStatus, type Incident } from '../../../common/domain/incident';
import type { Recommendation, UnitSuggestion } from '../../../common/domain/recommendation';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { capabilityLabel, coverageLines, estimateCounts, formatEta, formatKm, proposedCallSigns, takenUnit } from './model/dispatch-panel';
import './dispatch-panel.css';

type Outcome = { ok: true; text: string; queued: boolean } | { ok: false; error: BridgeError } | null;

/** Recommended units for the incident, each explained, and one-click dispatch of the proposed set. */
export function DispatchPanel({ incident }: { incident: Incident }) {
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
    const r = await bridge.recommendUnits({ incidentId: incident.id });
    if (r.ok) setRec(r.value);
    else setLoadError(r.error);
  }, [bridge, incident.id]);

  useEffect(() => {
    if (open) void load();
  }, [open, load, incident.version]);

  async function dispatchProposed() {
    if (!rec) return;
    setBusy(true);
    setOutcome(null);
    const r = await bridge.assignUnits({ incidentId: incident.id, unitIds: rec.proposedUnitIds, expectedVersion: rec.incidentVersion });
    setBusy(false);
    if (!r.ok) return setOutcome({ ok: false, error: r.error });
    const queued = r.value.state === 'pending';
    setOutcome({ ok: true, queued, text: queued ? t('dispatch.queued') : t('dispatch.applied', { units: proposedCallSigns(rec).join(', ') }) });
  }

  if (!open) return null;
  return (
    <div className="dispatch-panel" data-testid="dispatch-panel">
      <h3>
        {t('dispatch.title')}{' '}
        <button type="button" data-testid="dispatch-refresh" onClick={() => void load()}>
          {t('dispatch.refresh')}
        </button>
      </h3>
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
                {q.suggestions.map((s) => <SuggestionRow key={s.unitId} s={s} />)}
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

function SuggestionRow({ s }: { s: UnitSuggestion }) {
  const { t } = useI18n();
  const gaps = coverageLines(t, s.coverageGaps);
  return (
    <li className={s.proposed ? 'proposed' : undefined} title={s.explanation} data-testid={`suggestion-${s.unitId}`} data-eta={s.etaS} data-estimate={s.estimate}>
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
      </div>
      {gaps.length === 0 ? <div className="kept">{t('dispatch.coverageKept')}</div> : gaps.map((g) => <div className="gap" key={g}>{g}</div>)}
    </li>
  );
}
