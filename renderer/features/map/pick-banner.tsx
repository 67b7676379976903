import { useI18n } from '../../i18n/locale';

export function PickBanner() {
  const { t } = useI18n();
  return (
    <div className="pick-banner" data-testid="pick-banner" role="alert">
      <strong>{t('map.pickBanner')}</strong>
      <span className="hint">{t('map.pickCancel')}</span>
    </div>
  );
}
