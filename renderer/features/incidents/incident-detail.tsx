import { useState } from 'react';
import { nextStatuses, type Incident, type IncidentStatus } from '../../../common/domain/incident';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { formatAgo, formatLatLon } from '../../ui/format';
import { useNow } from '../../ui/use-now';
import { DispatchPanel } from './dispatch-panel';
import { IncidentLog } from './incident-log';
import { IncidentLinks } from './incident-links';
import { SopChecklist } from './sop-checklist';
import { blockingSteps, refusedStepIds, stepTitles } from './model/sop-gate';
import { StatusConflict } from './status-conflict';

/** A stale-version refusal carrying the incident as it is now. */
function conflictOf(f: { error: BridgeError; status: IncidentStatus; seenVersion: number }, id: string): { status: IncidentStatus; seenVersion: number; current: Incident } | null {
  const cur = f.error.current as Incident | undefined;
  if (f.error.code !== 'CONFLICT' || !cur || cur.id !== id || typeof cur.version !== 'number') return null;
  return { status: f.status, seenVersion: f.seenVersion, current: cur };
}

type Feedback = { ok: true; text: string } | { ok: false; error: BridgeError; status: IncidentStatus; seenVersion: number } | null;

export function IncidentDetail() {
  const { t } = useI18n();
  const incident = useConsole((s) => (s.selection?.kind === 'incident' ? s.incidents.get(s.selection.id) : undefined));
  if (!incident) {
    return (
      <section className="panel detail muted" data-testid="incident-detail">
        <h2>{t('detail.title')}</h2>
        <p>{t('detail.none')}</p>
      </section>
    );
  }
  return <IncidentDetailBody key={incident.id} incident={incident} />;
}

function IncidentDetailBody({ incident }: { incident: Incident }) {
  const { t, err, locale } = useI18n();
  const bridge = useBridge();
  const now = useNow(1000);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  /** Set by an SOP "request unit type" step: the dispatch panel recommends only that kind. */
  const [unitKind, setUnitKind] = useState<string | null>(null);
  const options = nextStatuses(incident.status);
  const gated = options.map((s) => ({ status: s, steps: blockingSteps(incident, s) })).filter((g) => g.steps.length > 0);
  const refused = feedback && !feedback.ok ? refusedStepIds(feedback.error) : null;
  const conflict = feedback && !feedback.ok ? conflictOf(feedback, incident.id) : null;

  async function move(status: IncidentStatus, onVersion = incident.version) {
    setBusy(true);
    setFeedback(null);
    const r = await bridge.setIncidentStatus({ incidentId: incident.id, status, expectedVersion: onVersion });
    setBusy(false);
    if (!r.ok) return setFeedback({ ok: false, error: r.error, status, seenVersion: onVersion });
    const text = r.value.state === 'applied' ? t('detail.applied', { status: t(`incidentStatus.${status}`) }) : t('detail.queued');
    setFeedback({ ok: true, text });
  }

  return (
    <section className="panel detail" data-testid="incident-detail" data-id={incident.id} data-status={incident.status} data-version={incident.version}>
      <h2>
        {t('detail.title')}: {incident.id}
      </h2>
      <div className="detail-head">
        <span className={`prio-badge prio-p${incident.priority}`}>{t(`priority.${incident.priority}`)}</span>
        <span className={`status-pill status-${incident.status}`}>{t(`incidentStatus.${incident.status}`)}</span>
      </div>
      <div className="big">{t(`incidentType.${incident.type}`)}</div>
      <dl>
        <dt>{t('detail.ward')}</dt>
        <dd>{incident.ward}</dd>
        <dt>{t('detail.location')}</dt>
        <dd>{formatLatLon(incident.location)}</dd>
        <dt>{t('detail.source')}</dt>
        <dd>{t(`incidentSource.${incident.source}`)}</dd>
        <dt>{t('detail.created')}</dt>
        <dd>{formatAgo(t, incident.createdMs, now)}</dd>
        <dt>{t('detail.version')}</dt>
        <dd>{incident.version}</dd>
      </dl>
      {incident.description && <p className="desc">{incident.description}</p>}
      <h3>{t('detail.moveTo')}</h3>
      {options.length === 0 && <p className="muted">{t('detail.final')}</p>}
      <div className="status-buttons">
        {options.map((s) => (
          <button key={s} type="button" className={`status-btn status-${s}`} data-testid={`status-${s}`} disabled={busy} onClick={() => void move(s)}>
            {t(`incidentStatus.${s}`)}
          </button>
        ))}
      </div>
      {gated.map((g) => (
        <p key={g.status} className="sop-gate" data-testid={`sop-gate-${g.status}`} data-steps={g.steps.map((s) => s.id).join(',')}>
          {t('gate.blocked', { status: t(`incidentStatus.${g.status}`), steps: stepTitles(incident, g.steps.map((s) => s.id), locale) })}
        </p>
      ))}
      {conflict && !feedback?.ok && (
        <StatusConflict
          mine={conflict.status}
          seenVersion={conflict.seenVersion}
          current={conflict.current}
          busy={busy}
          onApplyMine={() => void move(conflict.status, conflict.current.version)}
          onKeepTheirs={() => setFeedback(null)}
        />
      )}
      {feedback && !conflict && (
        <div className={feedback.ok ? 'outcome' : 'field-error'} data-testid="status-result" role={feedback.ok ? undefined : 'alert'} data-refused={refused?.join(',')}>
          {feedback.ok
            ? feedback.text
            : refused
              ? t('gate.refused', { status: t(`incidentStatus.${feedback.status}`), steps: stepTitles(incident, refused, locale) })
              : err(feedback.error)}
        </div>
      )}
      <SopChecklist incident={incident} onRequestUnitKind={setUnitKind} />
      <DispatchPanel incident={incident} unitKind={unitKind} onClearUnitKind={() => setUnitKind(null)} />
      <IncidentLinks incident={incident} />
      <IncidentLog incident={incident} />
    </section>
  );
}
