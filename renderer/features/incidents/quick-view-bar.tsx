import { useMemo } from 'react';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { useNow } from '../../ui/use-now';
import { QUICK_VIEWS, quickViewCounts, statusCounts, wardsOf, type QuickView } from './model/quick-views';
import './incident-extras.css';

/** Quick views (all, P1–P2, SLA at risk, my ward) with their counts, and counts by status. */
export function QuickViewBar({ view, ward, onView, onWard }: { view: QuickView; ward: string; onView: (v: QuickView) => void; onWard: (w: string) => void }) {
  const { t } = useI18n();
  const incidents = useConsole((s) => s.incidents);
  const now = useNow(1000);
  const list = useMemo(() => [...incidents.values()], [incidents]);
  const counts = quickViewCounts(list, now, ward);
  const wards = useMemo(() => wardsOf(list), [list]);
  return (
    <div className="quick-views" data-testid="quick-views">
      <div className="qv-buttons" role="tablist">
        {QUICK_VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={view === v}
            className={view === v ? 'active' : ''}
            data-testid={`view-${v}`}
            disabled={v === 'ward' && ward === ''}
            onClick={() => onView(v)}
          >
            {t(`view.${v}`)} <span className="qv-count">{counts[v]}</span>
          </button>
        ))}
        <select data-testid="view-ward" value={ward} aria-label={t('view.wardPick')} onChange={(e) => {
          onWard(e.target.value);
          onView(e.target.value ? 'ward' : 'all');
        }}>
          <option value="">{t('view.wardPick')}</option>
          {wards.map((w) => (
            <option key={w} value={w}>{w}</option>
          ))}
        </select>
      </div>
      <div className="status-counts" data-testid="status-counts">
        {statusCounts(list).map((c) => (
          <span key={c.status} className={`status-count status-${c.status}`} data-status={c.status}>
            {t(`incidentStatus.${c.status}`)} <b>{c.n}</b>
          </span>
        ))}
      </div>
    </div>
  );
}
