// Salvos (saved camera sets per layout) and tours (salvos in turn every N seconds).
import { useEffect, useState } from 'react';
import type { BridgeError } from '../../../common/result';
import { TOUR_MAX_S, TOUR_MIN_S, validateTour, type Salvo } from '../../../common/video/salvo';
import { useBridge } from '../../app/bridge-context';
import { useI18n } from '../../i18n/locale';
import type { WallLayoutId } from './model/layouts';
import type { WallSlots } from './model/wall-slots';
import type { TourState } from './use-tour';

interface Props {
  salvos: Salvo[];
  layoutId: WallLayoutId;
  slots: WallSlots;
  tour: TourState;
  onSalvos: (list: Salvo[]) => void;
  onRecall: (salvo: Salvo) => void;
}

export function SalvoPanel({ salvos, layoutId, slots, tour, onSalvos, onRecall }: Props) {
  const { t, err } = useI18n();
  const bridge = useBridge();
  const [name, setName] = useState('');
  const [error, setError] = useState<BridgeError | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [inTour, setInTour] = useState<string[]>([]);
  const [dwell, setDwell] = useState('20');

  useEffect(() => setInTour((list) => list.filter((n) => salvos.some((s) => s.name === n))), [salvos]);

  const save = async (overwrite: boolean) => {
    const r = await bridge.saveSalvo({ name, layout: layoutId, cameras: [...slots], overwrite });
    if (r.ok) {
      onSalvos(r.value);
      setError(null);
      setConflict(null);
      setName('');
    } else if (r.error.code === 'CONFLICT') {
      setConflict(name.trim());
      setError(null);
    } else setError(r.error);
  };
  const remove = async (salvoName: string) => {
    const r = await bridge.deleteSalvo({ name: salvoName });
    if (r.ok) onSalvos(r.value);
    else setError(r.error);
  };
  const startTour = () => {
    const v = validateTour(inTour, dwell);
    if (!v.ok) return setError(v.error);
    setError(null);
    tour.start(v.value);
  };
  const liveName = tour.tour && tour.clock ? tour.tour.salvos[tour.clock.step] : null;

  return (
    <section className="panel wall-salvos" aria-label={t('salvo.title')}>
      <h2>{t('salvo.title')}</h2>
      <form
        className="salvo-save"
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
        }}
      >
        <input value={name} data-testid="salvo-name" placeholder={t('salvo.namePlaceholder')} aria-label={t('salvo.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
        <button type="submit" data-testid="salvo-save">
          {t('salvo.save', { layout: t(`wall.layout.${layoutId}`) })}
        </button>
      </form>
      {conflict && (
        <p className="warn" data-testid="salvo-conflict">
          {t('salvo.exists', { name: conflict })}{' '}
          <button type="button" data-testid="salvo-overwrite" onClick={() => void save(true)}>
            {t('salvo.overwrite')}
          </button>
        </p>
      )}
      {error && (
        <p className="error" role="alert" data-testid="salvo-error">
          {err(error)}
        </p>
      )}
      <ul className="salvo-list" data-testid="salvo-list">
        {salvos.map((s) => (
          <li key={s.name} data-testid={`salvo-${s.name}`} className={s.name === liveName ? 'live' : ''}>
            <label title={t('salvo.inTour')}>
              <input
                type="checkbox"
                data-testid={`salvo-tour-${s.name}`}
                checked={inTour.includes(s.name)}
                onChange={(e) => setInTour((list) => (e.target.checked ? [...list, s.name] : list.filter((n) => n !== s.name)))}
              />
            </label>
            <span className="salvo-name">
              {s.name} <small className="muted">{t(`wall.layout.${s.layout}`)}</small>
            </span>
            <button type="button" data-testid={`salvo-recall-${s.name}`} onClick={() => onRecall(s)}>
              {t('salvo.recall')}
            </button>
            <button type="button" data-testid={`salvo-delete-${s.name}`} title={t('salvo.delete')} onClick={() => void remove(s.name)}>
              ✕
            </button>
          </li>
        ))}
        {salvos.length === 0 && <li className="muted">{t('salvo.none')}</li>}
      </ul>
      <h3>{t('tour.title')}</h3>
      <div className="tour-controls">
        <label>
          {t('tour.dwell')}{' '}
          <input type="number" min={TOUR_MIN_S} max={TOUR_MAX_S} step={1} value={dwell} data-testid="tour-dwell" onChange={(e) => setDwell(e.target.value)} />
        </label>
        {!tour.tour && (
          <button type="button" data-testid="tour-start" onClick={startTour}>
            {t('tour.start', { n: inTour.length })}
          </button>
        )}
        {tour.tour && !tour.paused && (
          <button type="button" data-testid="tour-pause" onClick={tour.pause}>
            {t('tour.pause')}
          </button>
        )}
        {tour.tour && tour.paused && (
          <button type="button" data-testid="tour-resume" onClick={tour.resume}>
            {t('tour.resume')}
          </button>
        )}
        {tour.tour && (
          <button type="button" data-testid="tour-stop" onClick={tour.stop}>
            {t('tour.stop')}
          </button>
        )}
      </div>
      {tour.tour && tour.clock && (
        <p className="tour-status" data-testid="tour-status" data-step={tour.clock.step} data-salvo={liveName ?? ''}>
          {t(tour.paused ? 'tour.statusPaused' : 'tour.status', { step: tour.clock.step + 1, steps: tour.tour.salvos.length, name: liveName ?? '', s: tour.clock.remainingS })}
        </p>
      )}
    </section>
  );
}
