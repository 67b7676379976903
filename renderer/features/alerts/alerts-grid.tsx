import type { GridApi, IRowNode } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Alert } from '../../../common/domain/alert';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import type { AppliedChanges, ConsoleState } from '../../state/console-state';
import { WardScopeChip } from '../../ui/ward-scope-chip';
import { gridTheme } from '../../ui/grid-theme';
import { useGridText } from '../../ui/grid-text';
import { syncGridSelection, useGridSync } from '../../ui/use-grid-sync';
import type { AlertsGridContext } from './ack-button';
import { alertColumns } from './alert-columns';
import { isNarrowed, viewPasses, type AlertView } from './model/alert-filters';

const allAlerts = (s: ConsoleState) => s.alerts;
const changedAlerts = (c: AppliedChanges) => c.alerts;

interface Props {
  filter: AlertView;
  operator: string;
  onSelect: (id: string) => void;
  onAcknowledge: (alert: Alert) => void;
  onApi: (api: GridApi<Alert>) => void;
}

export function AlertsGrid({ filter, operator, onSelect, onAcknowledge, onApi }: Props) {
  const { t, locale } = useI18n();
  const gridText = useGridText();
  const [api, setApi] = useState<GridApi<Alert> | null>(null);
  const columnDefs = useMemo(() => alertColumns(t, locale), [t, locale]);
  const context = useMemo<AlertsGridContext>(() => ({ acknowledge: onAcknowledge }), [onAcknowledge]);
  const selectedId = useConsole((s) => (s.selection?.kind === 'alert' ? s.selection.id : null));
  const wardScope = useConsole((s) => s.wardScope);
  const filterRef = useRef({ filter, operator, wardScope });
  filterRef.current = { filter, operator, wardScope };
  useGridSync(api, allAlerts, changedAlerts);

  useEffect(() => api?.onFilterChanged(), [api, filter, operator, wardScope]);
  useEffect(() => {
    if (api) api.refreshCells({ force: true });
  }, [api, locale]);
  useEffect(() => {
    if (api) syncGridSelection(api, selectedId);
  }, [api, selectedId]);

  const isExternalFilterPresent = useCallback(() => isNarrowed(filterRef.current.filter) || !!filterRef.current.wardScope, []);
  const doesExternalFilterPass = useCallback((node: IRowNode<Alert>) => {
    const { filter: view, operator: me, wardScope: ward } = filterRef.current;
    return !node.data || ((!ward || node.data.ward === ward) && viewPasses(view, node.data, me));
  }, []);

  return (
    <>
    <WardScopeChip />
    <div className="grid-host" data-testid="alerts-grid">
      <AgGridReact<Alert>
        localeText={gridText}
        theme={gridTheme}
        columnDefs={columnDefs}
        context={context}
        getRowId={(p) => p.data.id}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        isExternalFilterPresent={isExternalFilterPresent}
        doesExternalFilterPass={doesExternalFilterPass}
        onGridReady={(e) => {
          setApi(e.api);
          onApi(e.api);
        }}
        onRowClicked={(e) => e.data && onSelect(e.data.id)}
        onCellFocused={(e) => {
          const row = typeof e.rowIndex === 'number' ? e.api.getDisplayedRowAtIndex(e.rowIndex) : undefined;
          if (row?.data && !row.isSelected()) onSelect(row.data.id);
        }}
        asyncTransactionWaitMillis={250}
        animateRows={false}
      />
    </div>
    </>
  );
}
