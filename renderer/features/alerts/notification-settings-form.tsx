import { useEffect, useState } from 'react';
import { SEVERITIES } from '../../../common/domain/alert';
import { MAX_CRITICALITY, type NotificationSettings } from '../../../common/domain/notification-settings';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';

type Saved = { state: 'idle' } | { state: 'saved' } | { state: 'error'; error: BridgeError };

/** The operator's desktop notification rules: what pops up, do-not-disturb, and the rate limit. */
export function NotificationSettingsForm() {
  const { t, err } = useI18n();
  const bridge = useBridge();
  const wards = useConsole((s) => s.mapContext?.wards ?? []);
  const [operator, setOperator] = useState('');
  const [form, setForm] = useState<NotificationSettings | null>(null);
  const [saved, setSaved] = useState<Saved>({ state: 'idle' });
  const [loadError, setLoadError] = useState<BridgeError | null>(null);

  useEffect(() => {
    void bridge.getNotificationSettings({}).then((r) => {
      if (r.ok) {
        setOperator(r.value.operator);
        setForm(r.value.settings);
      } else setLoadError(r.error);
    });
  }, [bridge]);

  if (loadError) return <div className="panel field-error">{err(loadError)}</div>;
  if (!form) return <div className="panel muted">{t('notify.loading')}</div>;
  const patch = (p: Partial<NotificationSettings>) => {
    setForm({ ...form, ...p });
    setSaved({ state: 'idle' });
  };
  const save = () => void bridge.setNotificationSettings(form).then((r) => (r.ok ? (setForm(r.value), setSaved({ state: 'saved' })) : setSaved({ state: 'error', error: r.error })));

  return (
    <form className="panel notify-form" data-testid="notify-form" noValidate onSubmit={(e) => (e.preventDefault(), save())}>
      <h3>{t('notify.title', { operator })}</h3>
      <label>
        {t('notify.minSeverity')}
        <select data-testid="notify-severity" value={form.alertMinSeverity} onChange={(e) => patch({ alertMinSeverity: e.target.value as NotificationSettings['alertMinSeverity'] })}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('notify.minCriticality')}
        <select data-testid="notify-criticality" value={form.alertMinCriticality} onChange={(e) => patch({ alertMinCriticality: Number(e.target.value) })}>
          {Array.from({ length: MAX_CRITICALITY + 1 }, (_, n) => (
            <option key={n} value={n}>
              {n === 0 ? t('notify.anyAsset') : t('notify.criticalityAtLeast', { n })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('notify.wards')}
        <select data-testid="notify-wards" multiple size={6} value={form.wards} onChange={(e) => patch({ wards: [...e.target.selectedOptions].map((o) => o.value) })}>
          {wards.map((w) => (
            <option key={w.name} value={w.name}>
              {w.name}
            </option>
          ))}
        </select>
        <span className="hint">{form.wards.length ? t('notify.wardsPicked', { n: form.wards.length }) : t('notify.wholeCity')}</span>
      </label>
      <label className="check">
        <input type="checkbox" data-testid="notify-p1" checked={form.p1Incidents} onChange={(e) => patch({ p1Incidents: e.target.checked })} /> {t('notify.p1Incidents')}
      </label>
      <label className="check">
        <input type="checkbox" data-testid="notify-dnd" checked={form.dnd} onChange={(e) => patch({ dnd: e.target.checked })} /> {t('notify.dnd')}
      </label>
      <fieldset className="quiet-hours">
        <label className="check">
          <input type="checkbox" data-testid="notify-quiet" checked={form.quietHours.enabled} onChange={(e) => patch({ quietHours: { ...form.quietHours, enabled: e.target.checked } })} /> {t('notify.quietHours')}
        </label>
        <input type="time" data-testid="notify-quiet-from" aria-label={t('notify.from')} value={form.quietHours.from} onChange={(e) => patch({ quietHours: { ...form.quietHours, from: e.target.value } })} />
        <input type="time" data-testid="notify-quiet-to" aria-label={t('notify.to')} value={form.quietHours.to} onChange={(e) => patch({ quietHours: { ...form.quietHours, to: e.target.value } })} />
      </fieldset>
      <label>
        {t('notify.maxPerMinute')}
        <input type="number" data-testid="notify-rate" min={1} max={30} value={Number.isNaN(form.maxPerMinute) ? '' : form.maxPerMinute} onChange={(e) => patch({ maxPerMinute: e.target.valueAsNumber })} />
      </label>
      <button type="submit" data-testid="notify-save">
        {t('notify.save')}
      </button>
      {saved.state === 'saved' && (
        <div className="outcome" data-testid="notify-saved">
          {t('notify.saved')}
        </div>
      )}
      {saved.state === 'error' && (
        <div className="field-error" role="alert" data-testid="notify-error">
          {err(saved.error)}
        </div>
      )}
    </form>
  );
}
