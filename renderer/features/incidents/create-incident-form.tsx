import { useEffect, useState, type FormEvent } from 'react';
import { INCIDENT_SOURCES, INCIDENT_TYPES, PRIORITIES } from '../../../common/domain/incident';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { formatLatLon } from '../../ui/format';
import { buildCreateInput, EMPTY_FORM, type CreateForm } from './model/create-form';

type Outcome = { kind: 'created' | 'queued'; id: string } | null;

export function CreateIncidentForm() {
  const { t, err } = useI18n();
  const bridge = useBridge();
  const [form, setForm] = useState<CreateForm>(EMPTY_FORM);
  const [error, setError] = useState<BridgeError | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [waitingPick, setWaitingPick] = useState(false);
  const pick = useConsole((s) => s.locationPick);

  useEffect(() => {
    if (!waitingPick || !pick || pick.state === 'requested') return;
    setWaitingPick(false);
    if (pick.state === 'picked') setForm((f) => ({ ...f, location: formatLatLon(pick.point) }));
  }, [pick, waitingPick]);

  const set = (field: keyof CreateForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setOutcome(null);
    const input = buildCreateInput(form);
    if (!input.ok) return setError(input.error);
    setError(null);
    setBusy(true);
    const result = await bridge.createIncident(input.value);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    const receipt = result.value;
    setOutcome(receipt.state === 'applied' ? { kind: 'created', id: receipt.record.id } : { kind: 'queued', id: receipt.commandId });
    setForm(EMPTY_FORM);
  }

  async function requestPick() {
    setWaitingPick(true);
    const r = await bridge.pickLocation({ state: 'requested' });
    if (!r.ok) {
      setWaitingPick(false);
      setError({ ...r.error, field: 'location' });
    }
  }

  const fieldError = (field: string) =>
    error && (error.field ?? 'form') === field ? (
      <div className="field-error" data-testid="create-error" data-field={field} role="alert">
        {err(error)}
      </div>
    ) : null;
  const known = ['type', 'priority', 'source', 'location', 'description'];

  return (
    <form className="panel create-form" onSubmit={submit} noValidate>
      <h2>{t('create.title')}</h2>
      <label>
        {t('create.type')}
        <select data-testid="create-type" value={form.type} onChange={set('type')}>
          <option value="">{t('create.typePlaceholder')}</option>
          {INCIDENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`incidentType.${type}`)}
            </option>
          ))}
        </select>
      </label>
      {fieldError('type')}
      <label>
        {t('create.priority')}
        <select data-testid="create-priority" value={form.priority} onChange={set('priority')}>
          {PRIORITIES.map((p) => (
            <option key={p} value={String(p)}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {fieldError('priority')}
      <label>
        {t('create.source')}
        <select data-testid="create-source" value={form.source ?? 'operator'} onChange={set('source')}>
          {INCIDENT_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`incidentSource.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {fieldError('source')}
      <label>
        {t('create.location')}
        <span className="row">
          <input data-testid="create-location" value={form.location} onChange={set('location')} placeholder="21.0285, 105.8542" inputMode="decimal" />
          <button type="button" data-testid="pick-on-map" onClick={requestPick} disabled={waitingPick}>
            {t('create.pickOnMap')}
          </button>
        </span>
      </label>
      {waitingPick && <div className="hint" data-testid="pick-waiting">{t('create.picking')}</div>}
      {fieldError('location')}
      <label>
        {t('create.description')}
        <textarea data-testid="create-description" value={form.description} onChange={set('description')} rows={3} />
      </label>
      {fieldError('description')}
      {error && !known.includes(error.field ?? 'form') && fieldError(error.field ?? 'form')}
      <button type="submit" className="primary" data-testid="create-submit" disabled={busy}>
        {busy ? t('create.submitting') : t('create.submit')}
      </button>
      {outcome && (
        <div className={`outcome outcome-${outcome.kind}`} data-testid="create-result" data-state={outcome.kind === 'created' ? 'applied' : 'pending'} data-id={outcome.id}>
          {outcome.kind === 'created' ? t('create.created', { id: outcome.id }) : t('create.queued', { id: outcome.id.slice(0, 8) })}
        </div>
      )}
    </form>
  );
}
