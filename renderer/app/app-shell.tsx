import type { ReactNode } from 'react';
import type { WindowRole } from '../../common/bridge/contract';
import { StatusBar } from '../features/status-bar/status-bar';
import { setLocale, useI18n } from '../i18n/locale';
import { ActionsProvider, useAction } from './actions/actions-context';
import { CommandPalette } from './actions/command-palette';
import { formatClock } from '../ui/format';
import { useNow } from '../ui/use-now';
import { useConsole } from './store';

export function AppShell({ role, children }: { role: WindowRole; children: ReactNode }) {
  return (
    <ActionsProvider>
      <Shell role={role}>{children}</Shell>
      <CommandPalette />
    </ActionsProvider>
  );
}

function Shell({ role, children }: { role: WindowRole; children: ReactNode }) {
  const { t, locale } = useI18n();
  useAction({ id: 'app.languageVi', labelKey: 'action.languageVi', enabled: () => locale !== 'vi', perform: () => setLocale('vi') });
  useAction({ id: 'app.languageEn', labelKey: 'action.languageEn', enabled: () => locale !== 'en', perform: () => setLocale('en') });
  const now = useNow(1000);
  const loaded = useConsole((s) => s.loaded);
  const link = useConsole((s) => s.link);
  return (
    <div className={`app-shell role-${role} link-${link}`}>
      <header className="title-bar">
        <span className="brand">{t('app.name')}</span>
        <h1 data-testid="window-title">{t(`role.${role}`)}</h1>
        <span className="clock">{formatClock(now, locale)}</span>
      </header>
      <main className="content">{loaded ? children : <div className="loading">{t('app.loading')}</div>}</main>
      <StatusBar />
    </div>
  );
}

export function UnknownRole({ given, roles }: { given: string; roles: readonly string[] }) {
  const { t } = useI18n();
  return (
    <div className="unknown-role" data-testid="unknown-role">
      <h1>{t('role.unknownTitle')}</h1>
      <p>{t('role.unknown', { given, roles: roles.join(', ') })}</p>
      <p>{t('role.unknownHint')}</p>
    </div>
  );
}
