import type { GridApi } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useState } from 'react';
import type { Incident } from '../../../common/domain/incident';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import type { AppliedChanges, ConsoleState } from '../../state/console-state';
import { gridTheme } from '../../ui/grid-theme';
import { syncGridSelection, useGridSync } from '../../ui/use-grid-sync';
import { AGE_COLUMN, incidentColumns } from './incident-columns';

const allIncidents = (s: ConsoleState) => s.incidents;
const changedIncidents = (c: AppliedChanges) => c.incidents;
const AGE_REFRESH_MS = 1000;

export function IncidentsGrid({ onSelect }: { onSelect: (id: string) => void }) {
  const { t, locale } = useI18n();
  const [api, setApi] = useState<GridApi<Incident> | null>(null);
  const columnDefs = useMemo(() => incidentColumns(t), [t]);
  const selectedId = useConsole((s) => (s.selection?.kind === 'incident' ? s.selection.id : null));
  useGridSync(api, allIncidents, changedIncidents);

  useEffect(() => {
    if (!api) return;
    const timer = setInterval(() => api.refreshCells({ columns: [AGE_COLUMN], force: true }), AGE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [api]);
  useEffect(() => {
    if (api) api.refreshCells({ force: true });
  }, [api, locale]);
  useEffect(() => {
    if (api) syncGridSelection(api, selectedId);
  }, [api, selectedId]);

  return (
    <div className="grid-host" data-testid="incidents-grid">
      <AgGridReact<Incident>
        theme={gridTheme}
        columnDefs={columnDefs}
        getRowId={(p) => p.data.id}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onGridReady={(e) => setApi(e.api)}
        onRowClicked={(e) => e.data && onSelect(e.data.id)}
        animateRows={false}
        suppressCellFocus={false}
      />
    </div>
  );
}
