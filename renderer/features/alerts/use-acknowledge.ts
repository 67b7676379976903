import { useCallback, useState } from 'react';
import type { Alert } from '../../../common/domain/alert';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { canAcknowledge } from './model/alert-filters';

export type AckFeedback = { kind: 'error'; alertId: string; error: BridgeError } | { kind: 'queued'; alertId: string } | null;

export function useAcknowledge(): { acknowledge: (alert: Alert) => void; feedback: AckFeedback } {
  const bridge = useBridge();
  const [feedback, setFeedback] = useState<AckFeedback>(null);
  const acknowledge = useCallback(
    (alert: Alert) => {
      if (!canAcknowledge(alert)) return;
      setFeedback(null);
      void bridge.acknowledgeAlert({ alertId: alert.id, expectedVersion: alert.version }).then((r) => {
        if (!r.ok) setFeedback({ kind: 'error', alertId: alert.id, error: r.error });
        else if (r.value.state === 'pending') setFeedback({ kind: 'queued', alertId: alert.id });
      });
    },
    [bridge],
  );
  return { acknowledge, feedback };
}
