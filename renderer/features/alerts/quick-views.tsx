import { ASSET_KINDS, type AssetKind } from '../../../common/domain/alert';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { ALERT_FILTERS, viewCounts, type AlertView } from './model/alert-filters';

/** Quick views with counts, and narrowing by ATT&CK tactic and asset type. */
export function QuickViews({ view, operator, onChange }: { view: AlertView; operator: string; onChange: (view: AlertView) => void }) {
  const { t } = useI18n();
  const alerts = useConsole((s) => s.alerts);
  const counts = viewCounts(alerts.values(), operator);
  const tactics = [...counts.tactics].sort((a, b) => b[1] - a[1]);
  return (
    <div className="toolbar quick-views" role="toolbar">
      {ALERT_FILTERS.map((f) => (
        <button key={f} type="button" data-testid={`filter-${f}`} aria-pressed={view.filter === f} className={view.filter === f ? 'active' : ''} onClick={() => onChange({ ...view, filter: f })}>
          {t(`alerts.filter.${f}`)} <span className="count" data-testid={`count-${f}`}>{counts.filters[f]}</span>
        </button>
      ))}
      <select data-testid="filter-tactic" aria-label={t('alerts.byTactic')} value={view.tactic} onChange={(e) => onChange({ ...view, tactic: e.target.value })}>
        <option value="">{t('alerts.byTactic')}</option>
        {tactics.map(([tactic, n]) => (
          <option key={tactic} value={tactic}>
            {tactic.replace(/_/g, ' ')} ({n})
          </option>
        ))}
      </select>
      <select data-testid="filter-asset-kind" aria-label={t('alerts.byAssetKind')} value={view.assetKind} onChange={(e) => onChange({ ...view, assetKind: e.target.value as AssetKind | '' })}>
        <option value="">{t('alerts.byAssetKind')}</option>
        {ASSET_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`assetKind.${k}`)} ({counts.assetKinds.get(k) ?? 0})
          </option>
        ))}
      </select>
      <span className="muted">{t('alerts.total', { n: alerts.size })}</span>
    </div>
  );
}
