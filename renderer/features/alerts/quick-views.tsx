import { ASSET_KINDS, type AssetKind } from '../../../common/domain/alert';
import { useMemo } from 'react';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { ALERT_FILTERS, viewCounts, type AlertView } from './model/alert-filters';
import { useSampled } from './use-sampled';

/** Counts refresh at most this often during an alert storm. */
const COUNTS_EVERY_MS = 250;

/** Quick views with counts, and narrowing by ATT&CK tactic and asset type. */
interface Props {
  view: AlertView;
  operator: string;
  onChange: (view: AlertView) => void;
  matrixOpen: boolean;
  onToggleMatrix: () => void;
}

export function QuickViews({ view, operator, onChange, matrixOpen, onToggleMatrix }: Props) {
  const { t } = useI18n();
  const alerts = useSampled(useConsole((s) => s.alerts), COUNTS_EVERY_MS);
  const counts = useMemo(() => viewCounts(alerts.values(), operator), [alerts, operator]);
  const tactics = [...counts.tactics].sort((a, b) => b[1] - a[1]);
  return (
    <div className="toolbar quick-views" role="toolbar">
      {ALERT_FILTERS.map((f) => (
        <button key={f} type="button" data-testid={`filter-${f}`} aria-pressed={view.filter === f} className={view.filter === f ? 'active' : ''} onClick={() => onChange({ ...view, filter: f })}>
          {t(`alerts.filter.${f}`)} <span className="count" data-testid={`count-${f}`}>{counts.filters[f]}</span>
        </button>
      ))}
      <button type="button" data-testid="filter-tactic" aria-pressed={matrixOpen} className={matrixOpen ? 'active' : ''} onClick={onToggleMatrix} title={tactics.map(([x, n]) => `${x} (${n})`).join(', ')}>
        {t('alerts.byTactic')} <span className="count">{tactics.length}</span>
      </button>
      {(view.tactic || view.technique) && (
        <button type="button" className="active" data-testid="attack-filter-chip" onClick={() => onChange({ ...view, tactic: '', technique: '', period: '' })} title={t('attack.clear')}>
          {view.technique ? t('attack.filterTechnique', { id: view.technique }) : t('attack.filterTactic', { tactic: view.tactic.replace(/_/g, ' ') })}
          {view.period ? ` · ${t(`attack.period.${view.period}`)}` : ''} ×
        </button>
      )}
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
