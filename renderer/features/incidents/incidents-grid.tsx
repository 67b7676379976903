import type { GridApi } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Incident } from '../../../common/domain/incident';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import type { AppliedChanges, ConsoleState } from '../../state/console-state';
import { gridTheme } from '../../ui/grid-theme';
import { useGridText } from '../../ui/grid-text';
import { WardScopeChip } from '../../ui/ward-scope-chip';
import { syncGridSelection, useGridSync } from '../../ui/use-grid-sync';
import { AGE_COLUMN, incidentColumns, SLA_COLUMN } from './incident-columns';
import { inQuickView, type QuickView } from './model/quick-views';
import { QuickViewBar } from './quick-view-bar';
import { IncidentCounts } from './incident-counts';

const allIncidents = (s: ConsoleState) => s.incidents;
const changedIncidents = (c: AppliedChanges) => c.incidents;
const AGE_REFRESH_MS = 1000;

export function IncidentsGrid({ onSelect }: { onSelect: (id: string) => void }) {
  const { t, locale } = useI18n();
  const gridText = useGridText();
  const [api, setApi] = useState<GridApi<Incident> | null>(null);
  const columnDefs = useMemo(() => incidentColumns(t), [t]);
  const selectedId = useConsole((s) => (s.selection?.kind === 'incident' ? s.selection.id : null));
  const [view, setView] = useState<QuickView>('all');
  const [ward, setWard] = useState('');
  const filter = useRef({ view, ward });
  filter.current = { view, ward };
  useGridSync(api, allIncidents, changedIncidents);
  // A ward scope asked for from the map switches this list to that ward; lifting it shows all again.
  const wardScope = useConsole((s) => s.wardScope);
  useEffect(() => {
    setWard(wardScope ?? '');
    setView(wardScope ? 'ward' : 'all');
  }, [wardScope]);

  useEffect(() => {
    if (!api) return;
    const timer = setInterval(() => {
      api.refreshCells({ columns: [AGE_COLUMN, SLA_COLUMN], force: true });
      // Time moves incidents into "SLA at risk"; the other views only change with the records.
      if (filter.current.view === 'sla') api.onFilterChanged();
    }, AGE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [api]);
  useEffect(() => {
    api?.onFilterChanged();
  }, [api, view, ward]);
  useEffect(() => {
    if (api) api.refreshCells({ force: true });
  }, [api, locale]);
  useEffect(() => {
    if (api) syncGridSelection(api, selectedId);
  }, [api, selectedId]);

  return (
    <div className="grid-column">
      <WardScopeChip />
      <QuickViewBar view={view} ward={ward} onView={setView} onWard={setWard} />
      <IncidentCounts
        onWard={(w) => {
          setWard(w);
          setView('ward');
        }}
      />
      <div className="grid-host" data-testid="incidents-grid" data-view={view}>
        <AgGridReact<Incident>
          localeText={gridText}
          isExternalFilterPresent={() => filter.current.view !== 'all'}
          doesExternalFilterPass={(n) => !!n.data && inQuickView(filter.current.view, n.data, Date.now(), filter.current.ward)}
          theme={gridTheme}
          columnDefs={columnDefs}
          getRowId={(p) => p.data.id}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          onGridReady={(e) => setApi(e.api)}
          onRowClicked={(e) => e.data && onSelect(e.data.id)}
          // Keyboard: arrows move the focused row and the detail follows it; Enter selects too.
          onCellFocused={(e) => {
            if (e.rowIndex == null || e.rowPinned) return;
            const id = api?.getDisplayedRowAtIndex(e.rowIndex)?.data?.id;
            if (id && id !== selectedId) onSelect(id);
          }}
          onCellKeyDown={(e) => {
            if ((e.event as KeyboardEvent | undefined)?.key === 'Enter' && e.data) onSelect(e.data.id);
          }}
          animateRows={false}
          suppressCellFocus={false}
        />
      </div>
    </div>
  );
}
