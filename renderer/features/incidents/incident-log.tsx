import { useEffect, useState, type FormEvent } from 'react';
import type { Incident } from '../../../common/domain/incident';
import { MAX_NOTE_CHARS, type TimelineEntry } from '../../../common/domain/sop';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { useI18n } from '../../i18n/locale';
import { formatClock } from '../../ui/format';

/** Notes and the timeline of every change (who, when, what), re-read whenever the incident changes. */
export function IncidentLog({ incident }: { incident: Incident }) {
  const { t, err, locale } = useI18n();
  const bridge = useBridge();
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  const [loadError, setLoadError] = useState<BridgeError | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [noteError, setNoteError] = useState<BridgeError | null>(null);

  useEffect(() => {
    let live = true;
    void bridge.getIncidentTimeline({ incidentId: incident.id }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setEntries(r.value);
        setLoadError(null);
      } else setLoadError(r.error);
    });
    return () => {
      live = false;
    };
  }, [bridge, incident.id, incident.version]);

  async function addNote(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setNoteError(null);
    const r = await bridge.addIncidentNote({ incidentId: incident.id, text });
    setBusy(false);
    if (!r.ok) return setNoteError(r.error);
    setText('');
  }

  return (
    <section className="incident-log" data-testid="incident-log">
      <h3>{t('log.notes')}</h3>
      <form onSubmit={(e) => void addNote(e)} className="note-form">
        <textarea data-testid="note-text" value={text} maxLength={MAX_NOTE_CHARS} rows={2} placeholder={t('log.notePlaceholder')} onChange={(e) => setText(e.target.value)} />
        <button type="submit" data-testid="note-add" disabled={busy || text.trim() === ''}>
          {t('log.addNote')}
        </button>
      </form>
      {noteError && (
        <div className="field-error" role="alert">
          {err(noteError)}
        </div>
      )}
      <h3>{t('log.timeline')}</h3>
      {loadError && <p className="muted">{t('log.unavailable', { reason: err(loadError) })}</p>}
      <ol className="timeline" data-testid="timeline">
        {(entries ?? []).map((e, i) => (
          <li key={`${e.seq}-${i}`} data-change={e.change}>
            <span className="tl-time">{formatClock(e.timeMs, locale)}</span> <span className="tl-who">{e.actor}</span>{' '}
            <span className="tl-what">{t(`log.change.${e.change}`)}</span> {e.detail && <span className="tl-detail">{detailText(incident, e, locale)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A ticked step reads as its title, in the console's language; other details as the engine wrote them. */
function detailText(incident: Incident, e: TimelineEntry, locale: string): string {
  if (e.change !== 'sop_step') return e.detail;
  const step = incident.sopSteps?.find((s) => s.id === e.detail);
  if (!step) return e.detail;
  return locale === 'en' && step.titleEn ? step.titleEn : step.title;
}
