import { useState } from 'react';
import type { Alert } from '../../../common/domain/alert';
import type { SuppressionMatch } from '../../../common/domain/soc';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { useSiemRead } from './use-siem-read';

const HOUR = 3_600_000;

const formatWhen = (ms: number, locale: string) =>
  new Date(ms).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { hour12: false, day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });

/** A suppression (rule and/or asset and/or source address, reason, expiry) with a live preview of what it would have hidden. */
export function SuppressionForm({ selected }: { selected: Alert | undefined }) {
  const { t, err, locale } = useI18n();
  const bridge = useBridge();
  const ruleIds = useConsole((s) => [...new Set([...s.alerts.values()].map((a) => a.ruleId))].sort().join('\n'));
  const [match, setMatch] = useState<SuppressionMatch>({});
  const [reason, setReason] = useState('');
  const [hours, setHours] = useState(24);
  const [outcome, setOutcome] = useState<{ ok: true; id: string } | { ok: false; error: BridgeError } | null>(null);
  const [created, setCreated] = useState(0);
  const clean: SuppressionMatch = Object.fromEntries(Object.entries(match).filter(([, v]) => v)) as SuppressionMatch;
  const empty = Object.keys(clean).length === 0;
  const preview = useSiemRead(() => (empty ? Promise.resolve({ ok: true as const, value: null }) : bridge.previewSuppression({ match: clean, hours: 24 })), JSON.stringify(clean));
  const list = useSiemRead(() => bridge.listSuppressions({}), `list:${created}`, 5000);
  const set = (k: keyof SuppressionMatch, v: string) => setMatch((m) => ({ ...m, [k]: v.trim() }));
  const submit = () => {
    setOutcome(null);
    void bridge.createSuppression({ match: clean, reason, expiresMs: Date.now() + hours * HOUR }).then((r) => {
      if (!r.ok) return setOutcome({ ok: false, error: r.error });
      setOutcome({ ok: true, id: r.value.state === 'applied' ? r.value.record.id : r.value.commandId });
      setReason('');
      setCreated((n) => n + 1);
    });
  };
  return (
    <section className="panel suppression" data-testid="suppression-form">
      <h2>{t('suppress.title')}</h2>
      {selected && (
        <button type="button" data-testid="suppress-from-selected" onClick={() => setMatch({ ruleId: selected.ruleId, assetId: selected.assetId, sourceIp: selected.sourceIp })}>
          {t('suppress.fromSelected', { id: selected.id })}
        </button>
      )}
      <label>
        {t('suppress.rule')}
        <select data-testid="suppress-rule" value={match.ruleId ?? ''} onChange={(e) => set('ruleId', e.target.value)}>
          <option value="">{t('suppress.anyRule')}</option>
          {ruleIds.split('\n').filter(Boolean).map((r) => (
            <option key={r} value={r}>{r}</option>
          ))}
        </select>
      </label>
      <label>
        {t('col.asset')}
        <input data-testid="suppress-asset" value={match.assetId ?? ''} onChange={(e) => set('assetId', e.target.value)} />
      </label>
      <label>
        {t('col.sourceIp')}
        <input data-testid="suppress-ip" value={match.sourceIp ?? ''} onChange={(e) => set('sourceIp', e.target.value)} />
      </label>
      <label>
        {t('suppress.reason')}
        <input data-testid="suppress-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label>
        {t('suppress.hours')}
        <input data-testid="suppress-hours" type="number" min={1} max={2160} value={hours} onChange={(e) => setHours(Number(e.target.value))} />
      </label>
      <p className="outcome outcome-queued" data-testid="suppress-preview" aria-live="polite">
        {empty
          ? t('suppress.previewEmpty')
          : preview.state === 'ok' && preview.value
            ? t('suppress.preview', { n: preview.value.alerts, events: preview.value.events, rules: preview.value.rules })
            : preview.state === 'error'
              ? err(preview.error)
              : t('suppress.previewLoading')}
      </p>
      <button type="button" className="primary" data-testid="suppress-create" disabled={empty || !reason.trim() || !(hours >= 1)} onClick={submit}>
        {t('suppress.create')}
      </button>
      {outcome?.ok === false && <div className="field-error" role="alert">{err(outcome.error)}</div>}
      {outcome?.ok && <div className="outcome">{t('suppress.created', { id: outcome.id })}</div>}
      {list.state === 'ok' && list.value.length > 0 && (
        <ul className="suppression-list" data-testid="suppression-list">
          {list.value.map((s) => (
            <li key={s.id}>
              <b>{s.id}</b> {[s.ruleId, s.assetId, s.sourceIp].filter(Boolean).join(' · ')} — {s.reason}{' '}
              <span className="muted">{t('suppress.until', { time: formatWhen(s.expiresMs, locale), hits: s.hits })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
