// The SOP gate as the incidents window shows it: which required steps block resolve/close.
import type { Incident, IncidentStatus } from '../../../../common/domain/incident';
import { openRequiredSteps, type SopStep } from '../../../../common/domain/sop';
import type { BridgeError } from '../../../../common/result';

export const GATED: readonly IncidentStatus[] = ['resolved', 'closed'];

/** Required steps still open that keep the incident from reaching `status` (none for other statuses). */
export function blockingSteps(incident: Incident, status: IncidentStatus): SopStep[] {
  return GATED.includes(status) ? openRequiredSteps(incident) : [];
}

/** The step ids the engine named when it refused (field sop_steps), or null for any other error. */
export function refusedStepIds(error: BridgeError): string[] | null {
  if (error.field !== 'sopSteps') return null;
  const m = /not ticked: ([a-z0-9_, ]+)$/.exec(error.message);
  return m ? m[1].split(',').map((s) => s.trim()).filter(Boolean) : null;
}

/** Step titles in the operator's language, by id (unknown ids as they are). */
export function stepTitles(incident: Incident, ids: readonly string[], locale: string): string {
  const steps = new Map((incident.sopSteps ?? []).map((s) => [s.id, s]));
  return ids.map((id) => {
    const s = steps.get(id);
    return s ? (locale === 'en' && s.titleEn ? s.titleEn : s.title) : id;
  }).join('; ');
}
