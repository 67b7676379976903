// ag-grid's own texts (empty grid, loading) in the operator's language.
import { useMemo } from 'react';
import { useI18n } from '../i18n/locale';

export function useGridText(): Record<string, string> {
  const { t } = useI18n();
  return useMemo(() => ({ noRowsToShow: t('grid.noRows'), loadingOoo: t('grid.loading') }), [t]);
}
