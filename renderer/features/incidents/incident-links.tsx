import { useState, type FormEvent } from 'react';
import { isOpenStatus, type Incident } from '../../../common/domain/incident';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { useI18n } from '../../i18n/locale';
import { formatClock } from '../../ui/format';

/** Citizen reports linked as proposed duplicates, merge links, and merging this incident into another. */
export function IncidentLinks({ incident }: { incident: Incident }) {
  const { t, err, locale } = useI18n();
  const bridge = useBridge();
  const [intoId, setIntoId] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true; text: string } | { ok: false; error: BridgeError } | null>(null);
  const reports = incident.linkedReports ?? [];

  async function merge(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setOutcome(null);
    const r = await bridge.mergeIncidents({ incidentId: incident.id, intoId, expectedVersion: incident.version });
    setBusy(false);
    if (!r.ok) return setOutcome({ ok: false, error: r.error });
    setOutcome({ ok: true, text: r.value.state === 'applied' ? t('links.merged', { id: intoId.toUpperCase() }) : t('links.queued') });
  }

  return (
    <section className="incident-links" data-testid="incident-links">
      <h3>{t('links.title')}</h3>
      {incident.mergedInto && <p data-testid="merged-into">{t('links.mergedInto', { id: incident.mergedInto })}</p>}
      {(incident.mergedIds ?? []).length > 0 && <p>{t('links.mergedIds', { ids: incident.mergedIds!.join(', ') })}</p>}
      {reports.length > 0 && (
        <ol className="timeline" data-testid="linked-reports">
          {reports.map((r) => (
            <li key={r.reportId}>
              <span className="tl-time">{formatClock(r.receivedMs, locale)}</span> <b>{r.reportId}</b> {t('links.report', { m: Math.round(r.distanceM), who: r.reporter || '—' })}{' '}
              <span className="tl-detail">{r.description}</span>
            </li>
          ))}
        </ol>
      )}
      {isOpenStatus(incident.status) && (
        <form className="note-form" onSubmit={(e) => void merge(e)}>
          <label>
            {t('links.mergeInto')}{' '}
            <input data-testid="merge-into" value={intoId} placeholder="INC-000042" onChange={(e) => setIntoId(e.target.value)} />
          </label>
          <button type="submit" data-testid="merge-submit" disabled={busy || intoId.trim() === ''}>
            {t('links.merge')}
          </button>
        </form>
      )}
      {outcome && (
        <div className={outcome.ok ? 'outcome' : 'field-error'} role={outcome.ok ? undefined : 'alert'} data-testid="merge-result">
          {outcome.ok ? outcome.text : err(outcome.error)}
        </div>
      )}
    </section>
  );
}
