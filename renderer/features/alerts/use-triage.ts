import { useCallback, useState } from 'react';
import type { Alert } from '../../../common/domain/alert';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { triageArgs, type TriageStep } from './model/triage-steps';

export type TriageFeedback = { kind: 'error'; alertId: string; error: BridgeError } | { kind: 'queued'; alertId: string } | null;

/** Sends a triage step through the outbox; the changed alert comes back as a delta. */
export function useTriage(): { triage: (alert: Alert, step: TriageStep) => boolean; feedback: TriageFeedback } {
  const bridge = useBridge();
  const [feedback, setFeedback] = useState<TriageFeedback>(null);
  const triage = useCallback(
    (alert: Alert, step: TriageStep) => {
      const args = triageArgs(alert, step);
      if (!args) return false;
      setFeedback(null);
      void bridge.updateAlert(args).then((r) => {
        if (!r.ok) setFeedback({ kind: 'error', alertId: alert.id, error: r.error });
        else if (r.value.state === 'pending') setFeedback({ kind: 'queued', alertId: alert.id });
      });
      return true;
    },
    [bridge],
  );
  return { triage, feedback };
}
