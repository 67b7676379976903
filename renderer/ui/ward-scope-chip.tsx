// Shown above a list while it is scoped to one ward (asked for from the map): says so and lifts it.
import { useBridge } from '../app/bridge-context';
import { useConsole } from '../app/store';
import { useI18n } from '../i18n/locale';

export function WardScopeChip() {
  const { t } = useI18n();
  const bridge = useBridge();
  const ward = useConsole((s) => s.wardScope);
  if (!ward) return null;
  return (
    <div className="ward-scope-chip" data-testid="ward-scope" data-ward={ward}>
      {t('scope.ward', { ward })}
      <button type="button" className="link" data-testid="ward-scope-clear" aria-label={t('scope.clear')} title={t('scope.clear')} onClick={() => void bridge.setWardScope({ ward: null })}>
        ×
      </button>
    </div>
  );
}
