import type { CustomCellRendererProps } from 'ag-grid-react';
import type { Alert } from '../../../common/domain/alert';
import { useI18n } from '../../i18n/locale';
import { canAcknowledge } from './model/alert-filters';

export interface AlertsGridContext {
  acknowledge: (alert: Alert) => void;
}

/** Per-row acknowledge button; the grid context carries the action. */
export function AckButton(props: CustomCellRendererProps<Alert, Alert['status'], AlertsGridContext>) {
  const { t } = useI18n();
  const alert = props.data;
  if (!alert) return null;
  const enabled = canAcknowledge(alert);
  return (
    <button
      type="button"
      className="ack-btn"
      data-testid={`ack-${alert.id}`}
      disabled={!enabled}
      title={enabled ? undefined : t('alerts.acked')}
      onClick={(e) => {
        e.stopPropagation();
        props.context.acknowledge(alert);
      }}
    >
      {enabled ? t('alerts.ack') : '✓'}
    </button>
  );
}
