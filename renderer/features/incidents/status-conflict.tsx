import type { Incident, IncidentStatus } from '../../../common/domain/incident';
import { useI18n } from '../../i18n/locale';
import { formatClock } from '../../ui/format';

/**
 * An edit made on a stale version: what the operator tried (on the version they saw) beside the
 * record as it is now (who changed it and when), to apply the change again on top or keep theirs.
 */
export function StatusConflict({ mine, seenVersion, current, busy, onApplyMine, onKeepTheirs }: {
  mine: IncidentStatus;
  seenVersion: number;
  current: Incident;
  busy: boolean;
  onApplyMine: () => void;
  onKeepTheirs: () => void;
}) {
  const { t, locale } = useI18n();
  return (
    <div className="conflict-view" data-testid="conflict-view" role="alert" data-current-version={current.version} data-seen-version={seenVersion}>
      <p>{t('conflict.title', { id: current.id })}</p>
      <div className="conflict-sides">
        <div data-testid="conflict-mine">
          <h4>{t('conflict.mine')}</h4>
          <p>{t('conflict.mineStatus', { status: t(`incidentStatus.${mine}`), version: seenVersion })}</p>
        </div>
        <div data-testid="conflict-theirs">
          <h4>{t('conflict.theirs')}</h4>
          <p>{t('conflict.theirsStatus', { status: t(`incidentStatus.${current.status}`), version: current.version, who: current.updatedBy, time: formatClock(current.updatedMs, locale) })}</p>
        </div>
      </div>
      <button type="button" data-testid="conflict-apply-mine" disabled={busy || current.status === mine} onClick={onApplyMine}>
        {t('conflict.applyMine')}
      </button>{' '}
      <button type="button" data-testid="conflict-keep-theirs" onClick={onKeepTheirs}>
        {t('conflict.keepTheirs')}
      </button>
    </div>
  );
}
