import type { Asset } from '../detection';
import type { NormalEvent } from './event';

/** Finds the inventory asset an event is about: its explicit asset_id, else host (id, name or IP), destination, source. */
export class AssetResolver {
  private byId = new Map<string, Asset>();
  private byName = new Map<string, Asset>();
  private byIp = new Map<string, Asset>();

  constructor(assets: Iterable<Asset> = []) {
    for (const a of assets) this.add(a);
  }

  add(a: Asset): void {
    const old = this.byId.get(a.id);
    if (old?.ip) this.byIp.delete(old.ip);
    this.byId.set(a.id, a);
    this.byName.set(a.id.toLowerCase(), a);
    this.byName.set(a.name.toLowerCase(), a);
    if (a.ip) this.byIp.set(a.ip, a);
  }

  get(id: string): Asset | undefined {
    return this.byId.get(id);
  }

  byAddress(ip: string): Asset | undefined {
    return ip ? this.byIp.get(ip) : undefined;
  }

  /** Sets event.asset_id when it is empty and something resolves; returns the asset, if any. */
  resolve(e: NormalEvent): Asset | undefined {
    if (e.asset_id) return this.byId.get(e.asset_id);
    const host = e.host.toLowerCase();
    const a =
      (host && (this.byName.get(host) ?? this.byIp.get(host) ?? this.byName.get(host.split('.')[0]))) ||
      this.byAddress(e.destination_ip) ||
      this.byAddress(e.source_ip);
    if (a) e.asset_id = a.id;
    return a;
  }
}
