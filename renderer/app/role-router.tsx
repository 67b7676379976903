import { lazy, Suspense, type ComponentType } from 'react';
import type { WindowRole } from '../../common/bridge/contract';
import { AppShell } from './app-shell';

// Each window loads only its own view (the map window never downloads the grid, and the reverse).
const VIEWS: Record<WindowRole, ComponentType> = {
  map: lazy(() => import('../features/map/map-view').then((m) => ({ default: m.MapView }))),
  wall: lazy(() => import('../features/wall/wall-view').then((m) => ({ default: m.WallView }))),
  incidents: lazy(() => import('../features/incidents/incidents-view').then((m) => ({ default: m.IncidentsView }))),
  alerts: lazy(() => import('../features/alerts/alerts-view').then((m) => ({ default: m.AlertsView }))),
  command: lazy(() => import('../features/command/command-view').then((m) => ({ default: m.CommandView }))),
};

export function RoleRouter({ role }: { role: WindowRole }) {
  const View = VIEWS[role];
  return (
    <AppShell role={role}>
      <Suspense fallback={null}>
        <View />
      </Suspense>
    </AppShell>
  );
}
