import type { Selection } from '../../../../common/bridge/contract';
import type { GeoPoint } from '../../../../common/domain/geo';
import type { ConsoleState } from '../../../state/console-state';

/** Where the selected record is, or null when it is unknown or has no location. */
export function selectedPoint(state: ConsoleState, selection: Selection): GeoPoint | null {
  switch (selection.kind) {
    case 'incident':
      return state.incidents.get(selection.id)?.location ?? null;
    case 'unit':
      return state.units.get(selection.id)?.position ?? null;
    case 'camera':
      return state.cameras.get(selection.id)?.location ?? null;
    case 'alert':
      return state.alerts.get(selection.id)?.location ?? null;
    case 'sensor':
      return state.sensors.get(selection.id)?.location ?? null;
  }
}
