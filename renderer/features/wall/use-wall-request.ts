// Cameras another window sent to the wall (e.g. an incident's nearest, from its SOP): shown first.
import { useEffect, useState } from 'react';
import type { WallRequest } from '../../../common/bridge/contract';
import { useBridge } from '../../app/bridge-context';

export function useWallRequest(): WallRequest | null {
  const bridge = useBridge();
  const [request, setRequest] = useState<WallRequest | null>(null);
  useEffect(() => bridge.on('wallRequest', setRequest), [bridge]);
  return request;
}
