import type { Severity } from '../../common/domain/alert';
import type { SecurityEvent__Output } from '../../proto/gen/watchfloor/siem/v1/SecurityEvent';

export interface Asset {
  id: string;
  kind: string;
  name: string;
  criticality: number;
  ward: string;
  lat: number | null;
  lon: number | null;
}

/** What a rule decided: raise (or add to) an alert for this rule and asset. */
export interface Detection {
  ruleId: string;
  title: string;
  severity: Severity;
  mitreTechnique: string;
  assetId: string;
  sourceIp: string;
  /** Event time of the first event that made the rule fire (for MTTD). */
  firstEventMs: number;
}

interface Rule {
  id: string;
  evaluate(e: SecurityEvent__Output, asset: Asset | undefined, now: number): Detection | null;
}

/** Sliding count of distinct keys per group within a time window. */
class WindowCounter {
  private groups = new Map<string, Map<string, number>>();
  constructor(private readonly windowMs: number) {}

  /** Records key at time t in group; returns the distinct keys seen in the window and the oldest time. */
  add(group: string, key: string, t: number): { distinct: number; oldest: number } {
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = new Map()));
    g.set(key, t);
    let oldest = t;
    for (const [k, kt] of g) {
      if (t - kt > this.windowMs) g.delete(k);
      else oldest = Math.min(oldest, kt);
    }
    return { distinct: g.size, oldest };
  }

  reset(group: string): void {
    this.groups.delete(group);
  }
}

/** Built-in rules for the foundation slice; the Sigma-style rule engine replaces these. */
export function createRules(): Rule[] {
  const failures = new WindowCounter(60_000);
  const offline = new WindowCounter(5 * 60_000);
  let failureSerial = 0;
  return [
    {
      id: 'ids-signature',
      evaluate: (e) =>
        e.action === 'ids_alert' && e.signature
          ? {
              ruleId: 'ids-signature',
              title: e.signature,
              severity: (['low', 'medium', 'high', 'critical'].includes(e.severity) ? e.severity : 'medium') as Severity,
              mitreTechnique: e.mitre_technique,
              assetId: e.asset_id,
              sourceIp: e.source_ip,
              firstEventMs: Number(e.time_ms),
            }
          : null,
    },
    {
      id: 'brute-force-login',
      evaluate: (e, asset) => {
        if (e.action !== 'login' || e.outcome !== 'failure') return null;
        const group = `${e.source_ip}|${e.asset_id}`;
        const { distinct, oldest } = failures.add(group, String(failureSerial++), Number(e.time_ms));
        if (distinct < 5) return null;
        failures.reset(group);
        const onCamera = asset?.kind === 'camera';
        return {
          ruleId: 'brute-force-login',
          title: onCamera ? `Brute force on camera/NVR admin login from ${e.source_ip}` : `Brute force login from ${e.source_ip}`,
          severity: onCamera || (asset?.criticality ?? 0) >= 4 ? 'high' : 'medium',
          mitreTechnique: 'T1110',
          assetId: e.asset_id,
          sourceIp: e.source_ip,
          firstEventMs: oldest,
        };
      },
    },
    {
      id: 'camera-offline-burst',
      evaluate: (e, asset) => {
        if (e.action !== 'device_offline' || asset?.kind !== 'camera') return null;
        const { distinct, oldest } = offline.add(asset.ward, asset.id, Number(e.time_ms));
        if (distinct < 3) return null;
        offline.reset(asset.ward);
        return {
          ruleId: 'camera-offline-burst',
          title: `${distinct} cameras offline in ${asset.ward} within 5 min (tampering or power cut?)`,
          severity: 'high',
          mitreTechnique: 'T0826',
          assetId: asset.id,
          sourceIp: e.source_ip,
          firstEventMs: oldest,
        };
      },
    },
    {
      id: 'large-outbound-transfer',
      evaluate: (e) =>
        e.action === 'transfer' && Number(e.bytes_out) >= 500 * 1024 * 1024
          ? {
              ruleId: 'large-outbound-transfer',
              title: `Large outbound transfer (${Math.round(Number(e.bytes_out) / 1048576)} MB) to ${e.destination_ip}`,
              severity: 'medium',
              mitreTechnique: 'T1048',
              assetId: e.asset_id,
              sourceIp: e.source_ip,
              firstEventMs: Number(e.time_ms),
            }
          : null,
    },
  ];
}
