import type { Incident } from './incident';

/** What a step can do beyond being ticked: the console offers the action next to the step. */
export const SOP_ACTIONS = ['notify_ward', 'request_unit_type', 'open_cameras'] as const;
export type SopAction = (typeof SOP_ACTIONS)[number];

export interface SopStep {
  id: string;
  title: string;
  titleEn: string;
  required: boolean;
  action: SopAction | '';
  /** request_unit_type: the unit kind; open_cameras: radius in metres. */
  actionParam: string;
  /** Who ticked it and when; empty / 0 while open. */
  doneBy: string;
  doneMs: number;
}

export interface IncidentNote {
  id: string;
  text: string;
  author: string;
  timeMs: number;
}

/** One change to an incident (who, when, what), from the dispatch engine's event log. */
export interface TimelineEntry {
  seq: number;
  timeMs: number;
  actor: string;
  change: 'created' | 'status' | 'priority' | 'units_assigned' | 'units_released' | 'sop_step' | 'note' | 'sla_breach' | 'report_linked' | 'merged' | 'updated' | 'ward_notified' | 'unit_reallocated';
  detail: string;
  version: number;
}

export const MAX_NOTE_CHARS = 2000;

/** Required steps still open, in SOP order. */
export function openRequiredSteps(incident: Pick<Incident, 'sopSteps'>): SopStep[] {
  return (incident.sopSteps ?? []).filter((s) => s.required && !s.doneMs);
}

/** Ticked / total, for the checklist header. */
export function sopProgress(steps: readonly SopStep[]): { done: number; total: number; requiredOpen: number } {
  return {
    done: steps.filter((s) => s.doneMs > 0).length,
    total: steps.length,
    requiredOpen: steps.filter((s) => s.required && !s.doneMs).length,
  };
}
