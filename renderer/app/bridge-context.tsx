import { createContext, useContext, type ReactNode } from 'react';
import type { BridgeApi } from '../../common/bridge/contract';

const BridgeContext = createContext<BridgeApi | null>(null);

export function BridgeProvider({ bridge, children }: { bridge: BridgeApi; children: ReactNode }) {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

export function useBridge(): BridgeApi {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge outside BridgeProvider');
  return bridge;
}
