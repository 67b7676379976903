// Feeds a grid from the store: full rows on (re)load, then add/update transactions per applied delta.
import type { GridApi } from 'ag-grid-community';
import { useEffect } from 'react';
import { getConsoleStore } from '../app/store';
import type { AppliedChanges, ConsoleState } from '../state/console-state';

export function useGridSync<T extends { id: string }>(
  api: GridApi<T> | null,
  all: (s: ConsoleState) => ReadonlyMap<string, T>,
  changed: (c: AppliedChanges) => T[],
): void {
  useEffect(() => {
    if (!api) return;
    const store = getConsoleStore();
    // Ids the grid has or will have once queued async transactions land.
    let known = new Set<string>();
    const reload = () => {
      const rows = all(store.getState());
      known = new Set(rows.keys());
      api.setGridOption('rowData', [...rows.values()]);
    };
    reload();
    return store.onChanges((changes) => {
      if (changes.reset) return reload();
      const rows = changed(changes);
      if (!rows.length) return;
      const add: T[] = [];
      const update: T[] = [];
      for (const row of rows) {
        if (known.has(row.id)) update.push(row);
        else {
          known.add(row.id);
          add.push(row);
        }
      }
      api.applyTransactionAsync({ add, update });
    });
    // `all` and `changed` are stable selectors by convention (module-level functions).
  }, [api]);
}

/** Selects and scrolls to the row of a selection made elsewhere; clears when the selection is of another kind. */
export function syncGridSelection<T>(api: GridApi<T>, id: string | null): void {
  if (id === null) {
    api.deselectAll();
    return;
  }
  const node = api.getRowNode(id);
  if (!node) return;
  if (!node.isSelected()) node.setSelected(true, true);
  api.ensureNodeVisible(node, 'middle');
}
