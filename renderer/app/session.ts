// Wires the bridge to the store: snapshot on every (re)connect, then events.
import type { BridgeApi } from '../../common/bridge/contract';
import type { LinkedTransport } from './bridge-client';
import type { ConsoleStore } from './store';

const SNAPSHOT_RETRY_MS = 2_000;

export function startSession(bridge: BridgeApi, transport: LinkedTransport, store: ConsoleStore): void {
  bridge.on('delta', (delta) => store.applyDelta(delta));
  bridge.on('status', (status) => store.update({ status }));
  bridge.on('outbox', (outbox) => store.update({ outbox }));
  bridge.on('selection', (selection) => store.update({ selection }));
  bridge.on('wardScope', (wardScope) => store.update({ wardScope }));
  bridge.on('locationPick', (locationPick) => store.update({ locationPick }));
  // Here, not in the map view: an import's new context can arrive between the snapshot and the view's mount.
  bridge.on('mapContext', (mapContext) => store.update({ mapContext }));

  let loading = false;
  const load = async () => {
    if (loading) return;
    loading = true;
    const result = await bridge.getSnapshot({});
    loading = false;
    if (result.ok) store.replace(result.value);
    else if (transport.link === 'open') setTimeout(() => void load(), SNAPSHOT_RETRY_MS);
  };
  transport.onLinkChange((link) => {
    store.update({ link });
    if (link === 'open') void load();
  });
  store.update({ link: transport.link });
  if (transport.link === 'open') void load();
}
