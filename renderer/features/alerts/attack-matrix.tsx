import { useMemo, useState } from 'react';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { useNow } from '../../ui/use-now';
import { ATTACK_DOMAINS, buildAttackMatrix, heatLevel, MATRIX_PERIODS, type AttackDomain, type MatrixCell, type MatrixPeriod } from './model/attack-matrix';
import type { AlertView } from './model/alert-filters';
import { useSampled } from './use-sampled';
import { useSiemRead } from './use-siem-read';

/** The loaded rule pack changes only when the engine restarts; the counts move with the store. */
const RULES_REFRESH_MS = 60_000;

interface Props {
  view: AlertView;
  onPick: (narrowing: Pick<AlertView, 'tactic' | 'technique' | 'period'>) => void;
}

/** ATT&CK tactics as columns, rule-tagged techniques as cells coloured by alert count; a click narrows the grid. */
export function AttackMatrixView({ view, onPick }: Props) {
  const { t, err } = useI18n();
  const bridge = useBridge();
  const [domain, setDomain] = useState<AttackDomain>('enterprise');
  const [period, setPeriod] = useState<MatrixPeriod>(view.period || 'open');
  const alerts = useSampled(useConsole((s) => s.alerts), 500);
  const now = useNow(30_000);
  const rules = useSiemRead(() => bridge.getSocMetrics({ days: 1 }), 'attack-rules', RULES_REFRESH_MS);
  const ruleTags = rules.state === 'ok' ? (rules.value.rules ?? []) : [];
  const matrix = useMemo(() => buildAttackMatrix(domain, ruleTags, alerts.values(), period, now), [domain, ruleTags, alerts, period, now]);

  const cellButton = (c: MatrixCell, key: string) => {
    const level = heatLevel(c.alerts, matrix.max);
    const picked = view.technique === c.techniqueId;
    return (
      <button
        key={key}
        type="button"
        className={`attack-cell heat-${level}${picked ? ' active' : ''}`}
        data-testid={`attack-cell-${c.techniqueId}`}
        data-alerts={c.alerts}
        aria-pressed={picked}
        title={t('attack.cellTitle', { id: c.techniqueId, name: c.name || c.techniqueId, n: c.alerts, rules: c.ruleIds.join(', ') || '—' })}
        onClick={() => onPick({ tactic: '', technique: c.techniqueId, period })}
      >
        <span className="attack-id">{c.techniqueId}</span>
        <span className="attack-name">{c.name}</span>
        <b className="attack-count">{c.alerts}</b>
      </button>
    );
  };

  return (
    <div className="attack-matrix" data-testid="attack-matrix">
      <div className="toolbar attack-toolbar">
        {ATTACK_DOMAINS.map((d) => (
          <button key={d} type="button" data-testid={`attack-domain-${d}`} aria-pressed={domain === d} className={domain === d ? 'active' : ''} onClick={() => setDomain(d)}>
            {t(`attack.domain.${d}`)}
          </button>
        ))}
        <select data-testid="attack-period" aria-label={t('attack.period')} value={period} onChange={(e) => setPeriod(e.target.value as MatrixPeriod)}>
          {MATRIX_PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`attack.period.${p}`)}
            </option>
          ))}
        </select>
        {rules.state === 'error' && <span className="field-error">{t('attack.rulesUnavailable', { reason: err(rules.error) })}</span>}
        <span className="muted">{t('attack.hint')}</span>
      </div>
      <div className="attack-columns">
        {matrix.columns.map((col) => (
          <div key={col.tactic.id} className={`attack-column${col.cells.length ? '' : ' empty'}`}>
            <button
              type="button"
              className={`attack-tactic${view.tactic === col.tactic.short ? ' active' : ''}`}
              data-testid={`attack-tactic-${col.tactic.short}`}
              title={`${col.tactic.id} ${col.tactic.name}`}
              disabled={!col.cells.length}
              onClick={() => onPick({ tactic: col.tactic.short, technique: '', period })}
            >
              {col.tactic.name} <span className="count">{col.alerts}</span>
            </button>
            {col.cells.map((c) => cellButton(c, `${col.tactic.id}-${c.techniqueId}`))}
          </div>
        ))}
        {matrix.unmapped.length > 0 && (
          <div className="attack-column">
            <div className="attack-tactic muted">{t('attack.unmapped')}</div>
            {matrix.unmapped.map((c) => cellButton(c, `x-${c.techniqueId}`))}
          </div>
        )}
      </div>
    </div>
  );
}
