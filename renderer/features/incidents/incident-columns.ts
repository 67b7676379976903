import type { ColDef } from 'ag-grid-community';
import type { Incident } from '../../../common/domain/incident';
import type { Translate } from '../../i18n/translate';
import { formatDuration } from '../../ui/format';

export const AGE_COLUMN = 'age';

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
  ];
}
