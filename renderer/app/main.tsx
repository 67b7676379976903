// Bootstrap: role from the URL, transport, typed bridge, store, then the role's view.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBridgeProxy } from '../../common/bridge/proxy';
import { WINDOW_ROLES } from '../../common/bridge/contract';
import { applyHtmlLang, followOtherWindows } from '../i18n/locale';
import '../ui/theme.css';
import { UnknownRole } from './app-shell';
import { BridgeProvider } from './bridge-context';
import { createTransport } from './bridge-client';
import { parseRole } from './role';
import { RoleRouter } from './role-router';
import { startSession } from './session';
import { ConsoleStore, setConsoleStore } from './store';

applyHtmlLang();
followOtherWindows();
const root = createRoot(document.getElementById('root')!);
const parsed = parseRole(window.location.search);
if (!parsed.ok) {
  root.render(<UnknownRole given={parsed.given} roles={WINDOW_ROLES} />);
} else {
  const store = new ConsoleStore();
  setConsoleStore(store);
  const transport = createTransport(parsed.role);
  const bridge = createBridgeProxy(transport);
  startSession(bridge, transport, store);
  document.body.dataset.role = parsed.role;
  root.render(
    <StrictMode>
      <BridgeProvider bridge={bridge}>
        <RoleRouter role={parsed.role} />
      </BridgeProvider>
    </StrictMode>,
  );
}
