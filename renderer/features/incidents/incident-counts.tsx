import { useMemo } from 'react';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { countsBy } from './model/unit-board';

/** Open incidents by type and by ward (most first); a ward opens the "my ward" view on it. */
export function IncidentCounts({ onWard }: { onWard: (ward: string) => void }) {
  const { t } = useI18n();
  const incidents = useConsole((s) => s.incidents);
  const list = useMemo(() => [...incidents.values()], [incidents]);
  const byType = countsBy(list, 'type');
  const byWard = countsBy(list, 'ward');
  return (
    <div className="incident-counts">
      <div className="status-counts" data-testid="type-counts">
        {byType.map((c) => (
          <span key={c.key} className="status-count" data-type={c.key}>
            {t(`incidentType.${c.key}`)} <b>{c.n}</b>
          </span>
        ))}
      </div>
      <div className="status-counts" data-testid="ward-counts">
        {byWard.map((c) => (
          <button key={c.key} type="button" className="status-count" data-ward={c.key} onClick={() => onWard(c.key)}>
            {c.key} <b>{c.n}</b>
          </button>
        ))}
      </div>
    </div>
  );
}
