// Imports change the map layers while windows are open: main pushes the new context, the store takes it.
import { useEffect } from 'react';
import { useBridge } from '../../app/bridge-context';
import { getConsoleStore } from '../../app/store';

export function useMapContextFeed(): void {
  const bridge = useBridge();
  useEffect(() => bridge.on('mapContext', (mapContext) => getConsoleStore().update({ mapContext })), [bridge]);
}
