import { useState } from 'react';
import type { Incident } from '../../../common/domain/incident';
import type { SopStep } from '../../../common/domain/sop';
import { nearestCameras } from '../../../common/domain/wall-request';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { formatClock } from '../../ui/format';
import type { Translate } from '../../i18n/translate';

/** A 3×3 wall's worth. */
export const WALL_CAMERAS_FOR_INCIDENT = 9;

export type StepOutcome = { ok: true; text: string } | { ok: false; error: BridgeError };

/**
 * The button that does what an SOP step says: recommend a unit kind in the dispatch panel, send
 * the incident's nearest cameras to the video wall, or notify the ward (recorded by the engine).
 */
export function SopStepAction({ incident, step, onRequestUnitKind, onOutcome }: {
  incident: Incident;
  step: SopStep;
  onRequestUnitKind: (kind: string) => void;
  onOutcome: (o: StepOutcome) => void;
}) {
  const { t, locale } = useI18n();
  const bridge = useBridge();
  const cameras = useConsole((s) => s.cameras);
  const [busy, setBusy] = useState(false);
  if (!step.action) return null;

  async function perform() {
    if (step.action === 'request_unit_type') {
      onRequestUnitKind(step.actionParam);
      document.querySelector('[data-testid="dispatch-panel"]')?.scrollIntoView({ block: 'nearest' });
      return;
    }
    setBusy(true);
    try {
      if (step.action === 'open_cameras') {
        const radius = Number(step.actionParam) || 300;
        const near = nearestCameras(cameras.values(), incident.location, radius, WALL_CAMERAS_FOR_INCIDENT);
        if (near.length === 0) return onOutcome({ ok: true, text: t('sop.noCameras', { r: radius }) });
        const r = await bridge.showCamerasOnWall({ cameraIds: near.map((c) => c.id), incidentId: incident.id });
        if (!r.ok) return onOutcome({ ok: false, error: r.error });
        return onOutcome({ ok: true, text: t('sop.camerasSent', { n: near.length, r: radius, names: near.map((c) => c.name || c.id).join(', ') }) });
      }
      if (step.action === 'notify_ward') {
        const r = await bridge.notifyWard({ incidentId: incident.id, stepId: step.id });
        if (!r.ok) return onOutcome({ ok: false, error: r.error });
        return onOutcome({ ok: true, text: r.value.state === 'applied' ? t('sop.wardNotified', { ward: incident.ward, time: formatClock(Date.now(), locale) }) : t('sop.queued') });
      }
    } finally {
      setBusy(false);
    }
  }

  const label =
    step.action === 'request_unit_type' ? t('sop.do.request_unit_type', { kind: unitKindLabel(t, step.actionParam) }) : t(`sop.do.${step.action}`);
  // Notifying twice is allowed (a second call to the ward), but the step is ticked once.
  return (
    <button type="button" className="sop-do" data-testid={`sop-action-${step.id}`} data-action={step.action} disabled={busy} onClick={() => void perform()}>
      {label}
    </button>
  );
}

export function unitKindLabel(t: Translate, kind: string): string {
  const label = t(`unitKind.${kind}`);
  return label === `unitKind.${kind}` ? kind : label;
}
