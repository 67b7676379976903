// The create-incident form as text fields → a validated request (the same validation main runs).
import { parseLatLon } from '../../../../common/domain/geo';
import { validateCreateIncident, type CreateIncidentInput } from '../../../../common/domain/incident-validation';
import { invalid, type Result } from '../../../../common/result';

export interface CreateForm {
  type: string;
  priority: string;
  location: string;
  description: string;
  /** How the report came in: the operator typing it, a hotline call (113/114/115), … (default operator). */
  source?: string;
}

export const EMPTY_FORM: CreateForm = { type: '', priority: '3', location: '', description: '' };

export function buildCreateInput(form: CreateForm): Result<CreateIncidentInput> {
  const text = form.location.trim();
  let location: unknown;
  if (text !== '') {
    location = parseLatLon(text);
    if (!location) {
      // Checked after type and priority so errors come in form order.
      const rest = validateCreateIncident({ ...common(form), location: { lat: 21.0285, lon: 105.8542 } });
      if (!rest.ok) return rest;
      return invalid('location', `location "${text}" is not "lat, lon"`, 'error.locationFormat', { value: text });
    }
  }
  return validateCreateIncident({ ...common(form), location });
}

function common(form: CreateForm) {
  return {
    type: form.type,
    priority: form.priority === '' ? undefined : Number(form.priority),
    description: form.description,
    source: form.source || 'operator',
  };
}
