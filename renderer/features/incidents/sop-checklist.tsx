import { useState } from 'react';
import type { Incident } from '../../../common/domain/incident';
import { sopProgress, type SopStep } from '../../../common/domain/sop';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { useI18n } from '../../i18n/locale';
import { formatClock } from '../../ui/format';
import './incident-extras.css';
import { SopStepAction, unitKindLabel } from './sop-step-action';
import { isOpenStatus } from '../../../common/domain/incident';

/** The incident's SOP ("kịch bản") as a checklist: tick a step and everyone sees who and when. */
export function SopChecklist({ incident, onRequestUnitKind }: { incident: Incident; onRequestUnitKind: (kind: string) => void }) {
  const { t, err, locale } = useI18n();
  const bridge = useBridge();
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: true; text: string } | { ok: false; error: BridgeError } | null>(null);
  const steps = incident.sopSteps ?? [];
  if (steps.length === 0) {
    return (
      <section className="sop" data-testid="sop-checklist">
        <h3>{t('sop.title')}</h3>
        <p className="muted">{t('sop.none')}</p>
      </section>
    );
  }
  const progress = sopProgress(steps);

  async function tick(step: SopStep) {
    setBusy(step.id);
    setOutcome(null);
    const r = await bridge.tickSopStep({ incidentId: incident.id, stepId: step.id, expectedVersion: incident.version });
    setBusy(null);
    if (!r.ok) return setOutcome({ ok: false, error: r.error });
    setOutcome({ ok: true, text: r.value.state === 'applied' ? t('sop.ticked') : t('sop.queued') });
  }

  return (
    <section className="sop" data-testid="sop-checklist">
      <h3>
        {t('sop.title')} <span className="muted">{t('sop.progress', { done: progress.done, total: progress.total, open: progress.requiredOpen })}</span>
      </h3>
      <ol>
        {steps.map((s) => (
          <li key={s.id} className={s.doneMs ? 'done' : ''} data-testid={`sop-step-${s.id}`} data-done={s.doneMs ? 'true' : 'false'}>
            <label>
              <input type="checkbox" checked={s.doneMs > 0} disabled={s.doneMs > 0 || busy !== null} onChange={() => void tick(s)} />
              <span className="sop-title">{locale === 'en' && s.titleEn ? s.titleEn : s.title}</span>
            </label>
            <span className="sop-tags">
              {s.required ? <span className="tag req">{t('sop.required')}</span> : <span className="tag">{t('sop.optional')}</span>}
              {s.action && <span className="tag act">{t(`sop.action.${s.action}`, { param: s.action === 'request_unit_type' ? unitKindLabel(t, s.actionParam) : s.actionParam })}</span>}
              {isOpenStatus(incident.status) && <SopStepAction incident={incident} step={s} onRequestUnitKind={onRequestUnitKind} onOutcome={setOutcome} />}
            </span>
            {s.doneMs > 0 && (
              <div className="sop-done" data-testid={`sop-done-${s.id}`}>
                {t('sop.doneBy', { who: s.doneBy, time: formatClock(s.doneMs, locale) })}
              </div>
            )}
          </li>
        ))}
      </ol>
      {(incident.wardNotifications ?? []).length > 0 && (
        <div className="ward-notified" data-testid="ward-notifications">
          {t('sop.wardNotifications')}:{' '}
          {(incident.wardNotifications ?? []).map((n) => t('sop.wardNotification', { ward: n.ward, who: n.sentBy, time: formatClock(n.sentMs, locale) })).join('; ')}
        </div>
      )}
      {outcome && (
        <div className={outcome.ok ? 'outcome' : 'field-error'} data-testid="sop-result" role={outcome.ok ? undefined : 'alert'}>
          {outcome.ok ? outcome.text : err(outcome.error)}
        </div>
      )}
    </section>
  );
}
