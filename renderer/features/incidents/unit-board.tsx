import { useMemo, useState } from 'react';
import { UNIT_STATUSES } from '../../../common/domain/unit';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { formatEta } from './model/dispatch-panel';
import { unitBoard } from './model/unit-board';

/** Units by agency and status; open an agency to see each unit, its incident and remaining ETA. */
export function UnitBoard() {
  const { t } = useI18n();
  const bridge = useBridge();
  const units = useConsole((s) => s.units);
  const rows = useMemo(() => unitBoard(units.values()), [units]);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section className="panel unit-board" data-testid="unit-board">
      <h2>{t('units.title')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('units.agency')}</th>
            {UNIT_STATUSES.map((s) => (
              <th key={s} title={t(`unitStatus.${s}`)}>{t(`unitStatus.${s}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.agency} data-testid={`unit-board-${r.agency}`}>
              <th>
                <button type="button" aria-expanded={open === r.agency} onClick={() => setOpen(open === r.agency ? null : r.agency)}>
                  {t(`agency.${r.agency}`)} ({r.total})
                </button>
              </th>
              {UNIT_STATUSES.map((s) => (
                <td key={s} data-status={s} className={r.counts[s] ? `unit-count status-${s}` : 'unit-count zero'}>{r.counts[s]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {open && (
        <ul className="unit-list" data-testid="unit-list">
          {rows.find((r) => r.agency === open)?.units.map((u) => (
            <li key={u.id} data-testid={`unit-row-${u.id}`} data-status={u.status}>
              <button type="button" onClick={() => void bridge.select({ selection: { kind: 'unit', id: u.id } })}>{u.callSign}</button>{' '}
              <span className={`status-pill status-${u.status}`}>{t(`unitStatus.${u.status}`)}</span>
              {u.incidentId && (
                <>
                  {' → '}
                  <button type="button" className="link" onClick={() => void bridge.select({ selection: { kind: 'incident', id: u.incidentId } })}>{u.incidentId}</button>
                </>
              )}
              {(u.route?.length ?? 0) >= 2 && <span className="muted"> · {formatEta(t, u.routeEtaS ?? 0)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
