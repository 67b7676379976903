import type { ColDef } from 'ag-grid-community';
import type { Incident } from '../../../common/domain/incident';
import type { Translate } from '../../i18n/translate';
import { formatDuration } from '../../ui/format';
import { slaStatus } from '../../../common/domain/sla';
import { slaSortKey } from './model/quick-views';

export const AGE_COLUMN = 'age';
export const SLA_COLUMN = 'sla';

function slaText(t: Translate, incident: Incident | undefined): string {
  if (!incident) return '';
  const s = slaStatus(incident, Date.now());
  if (s.state === 'none') return '—';
  if (s.state === 'met') return t('sla.met');
  const left = formatDuration(t, Math.abs(s.remainingMs!));
  return s.state === 'breached' ? t('sla.over', { d: left, m: t(`sla.milestone.${s.milestone}`) }) : t('sla.left', { d: left, m: t(`sla.milestone.${s.milestone}`) });
}

export function incidentColumns(t: Translate): ColDef<Incident>[] {
  return [
    { field: 'id', headerName: t('col.id'), width: 150 },
    { field: 'type', headerName: t('col.type'), flex: 2, minWidth: 180, valueFormatter: (p) => t(`incidentType.${p.value}`) },
    {
      field: 'priority',
      headerName: t('col.priority'),
      width: 185,
      sort: 'asc',
      sortIndex: 0,
      valueFormatter: (p) => t('priority.short', { n: p.value }),
      cellClass: (p) => `prio-cell prio-p${p.value}`,
    },
    { field: 'ward', headerName: t('col.ward'), flex: 1, minWidth: 140 },
    {
      field: 'status',
      headerName: t('col.status'),
      flex: 1,
      minWidth: 170,
      valueFormatter: (p) => t(`incidentStatus.${p.value}`),
      cellClass: (p) => `status-cell status-${p.value}`,
    },
    {
      colId: AGE_COLUMN,
      headerName: t('col.age'),
      width: 140,
      sort: 'desc',
      sortIndex: 1,
      valueGetter: (p) => p.data?.createdMs ?? 0,
      valueFormatter: (p) => formatDuration(t, Date.now() - Number(p.value)),
    },
    {
      colId: SLA_COLUMN,
      headerName: t('col.sla'),
      width: 240,
      valueGetter: (p) => (p.data ? slaSortKey(p.data, Date.now()) : 0),
      valueFormatter: (p) => slaText(t, p.data),
      cellClass: (p) => (p.data ? `sla-cell sla-${slaStatus(p.data, Date.now()).state}` : ''),
    },
  ];
}
