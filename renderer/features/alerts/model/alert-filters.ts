import type { Alert } from '../../../../common/domain/alert';

export const ALERT_FILTERS = ['all', 'severe', 'unacked'] as const;
export type AlertFilter = (typeof ALERT_FILTERS)[number];

export function alertPasses(filter: AlertFilter, alert: Alert): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'severe':
      return alert.severity === 'critical' || alert.severity === 'high';
    case 'unacked':
      return alert.status === 'new';
  }
}

/** Only a new alert can be acknowledged; later states already imply it. */
export function canAcknowledge(alert: Alert): boolean {
  return alert.status === 'new';
}
