import type { ColDef } from 'ag-grid-community';
import { SEVERITIES, type Alert, type Severity } from '../../../common/domain/alert';
import type { Locale, Translate } from '../../i18n/translate';
import { formatClock } from '../../ui/format';
import { AckButton } from './ack-button';

export function alertColumns(t: Translate, locale: Locale): ColDef<Alert>[] {
  return [
    { field: 'lastSeenMs', headerName: t('col.time'), width: 120, sort: 'desc', valueFormatter: (p) => formatClock(Number(p.value), locale) },
    {
      field: 'severity',
      headerName: t('col.severity'),
      width: 150,
      valueFormatter: (p) => t(`severity.${p.value}`),
      cellClass: (p) => `sev-cell sev-${p.value}`,
      comparator: (a: Severity, b: Severity) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b),
    },
    { field: 'title', headerName: t('col.title'), flex: 2, minWidth: 240 },
    { field: 'assetId', headerName: t('col.asset'), width: 150 },
    { field: 'assetKind', headerName: t('col.assetKind'), width: 150, valueFormatter: (p) => t(`assetKind.${p.value}`) },
    { field: 'sourceIp', headerName: t('col.sourceIp'), width: 150 },
    { field: 'mitreTechnique', headerName: t('col.mitre'), width: 150 },
    { field: 'count', headerName: t('col.count'), width: 100, type: 'numericColumn' },
    {
      field: 'status',
      headerName: t('col.status'),
      width: 150,
      valueFormatter: (p) => t(`alertStatus.${p.value}`),
      cellClass: (p) => `alert-status-${p.value}`,
    },
    { colId: 'ack', headerName: t('col.ack'), width: 160, field: 'status', cellRenderer: AckButton, sortable: false },
  ];
}
