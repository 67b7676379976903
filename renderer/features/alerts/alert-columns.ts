import type { ColDef } from 'ag-grid-community';
import { SEVERITIES, type Alert, type Severity } from '../../../common/domain/alert';
import type { Locale, Translate } from '../../i18n/translate';
import { formatClock } from '../../ui/format';
import { AckButton } from './ack-button';

export function alertColumns(t: Translate, locale: Locale): ColDef<Alert>[] {
  return [
    { field: 'lastSeenMs', headerName: t('col.time'), width: 112, sort: 'desc', valueFormatter: (p) => formatClock(Number(p.value), locale) },
    {
      field: 'severity',
      headerName: t('col.severity'),
      width: 165,
      valueFormatter: (p) => t(`severity.${p.value}`),
      cellClass: (p) => `sev-cell sev-${p.value}`,
      comparator: (a: Severity, b: Severity) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b),
    },
    { field: 'title', headerName: t('col.title'), flex: 3, minWidth: 180, tooltipField: 'title' },
    { field: 'assetId', headerName: t('col.asset'), flex: 1, minWidth: 115, tooltipField: 'assetId' },
    { field: 'assetKind', headerName: t('col.assetKind'), flex: 1, minWidth: 110, valueFormatter: (p) => t(`assetKind.${p.value}`) },
    { field: 'sourceIp', headerName: t('col.sourceIp'), flex: 1, minWidth: 125 },
    { field: 'mitreTechnique', headerName: 'MITRE', width: 92, headerTooltip: t('col.mitre') },
    { field: 'count', headerName: t('col.count'), width: 84, type: 'numericColumn' },
    {
      field: 'status',
      headerName: t('col.status'),
      width: 135,
      valueFormatter: (p) => t(`alertStatus.${p.value}`),
      cellClass: (p) => `alert-status-${p.value}`,
    },
    { field: 'assignee', headerName: t('col.assignee'), width: 120, valueFormatter: (p) => p.value || '' },
    { field: 'disposition', headerName: t('col.disposition'), width: 130, valueFormatter: (p) => (p.value ? t(`disposition.${p.value}`) : '') },
    { colId: 'ack', headerName: '', width: 132, field: 'status', cellRenderer: AckButton, sortable: false, pinned: 'right' },
  ];
}
