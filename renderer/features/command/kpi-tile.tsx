import type { ReactNode } from 'react';

export function KpiTile({ testId, label, value, sub, tone }: { testId: string; label: string; value: ReactNode; sub?: string; tone?: string }) {
  return (
    <div className={`kpi-tile ${tone ?? ''}`} data-testid={testId}>
      <div className="kpi-value" data-testid={`${testId}-value`}>
        {value}
      </div>
      <div className="kpi-label">{label}</div>
      {sub && <div className="kpi-sub">{sub}</div>}
    </div>
  );
}

export function KpiGroup({ title, total, children }: { title: string; total?: number; children: ReactNode }) {
  return (
    <section className="kpi-group">
      <h2>
        {title}
        {total !== undefined && <span className="kpi-total">{total}</span>}
      </h2>
      <div className="kpi-row">{children}</div>
    </section>
  );
}
