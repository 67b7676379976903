// Realistic log lines as the city's sources write them, for the demo feed and the benchmark.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** RFC 3164 "Mmm dd hh:mm:ss" in Hanoi time (UTC+7), as devices in the city stamp it. */
export function bsdStamp(ms: number): string {
  const d = new Date(ms + 7 * 3_600_000);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

export function sshdFailure(ms: number, host: string, user: string, ip: string, port: number): string {
  return `<38>${bsdStamp(ms)} ${host} sshd[${2000 + (port % 900)}]: Failed password for ${user} from ${ip} port ${port} ssh2`;
}

export function sshdSuccess(ms: number, host: string, user: string, ip: string, port: number): string {
  return `<38>${bsdStamp(ms)} ${host} sshd[${2000 + (port % 900)}]: Accepted publickey for ${user} from ${ip} port ${port} ssh2`;
}

/** A camera's own syslog (RFC 5424) when its video signal drops: MSGID video_loss. */
export function cameraVideoLoss(ms: number, camera: string): string {
  return `<28>1 ${new Date(ms).toISOString()} ${camera} camera - video_loss - Video signal lost on channel 1`;
}

/** A Hikvision-style NVR web login failure as CEF in RFC 5424 syslog. */
export function nvrLoginFailureCef(ms: number, nvr: string, ip: string, user: string): string {
  const cef = `CEF:0|Hikvision|NVR|4.1.64|auth-fail|Web admin login failed|5|rt=${ms} dvchost=${nvr} src=${ip} dpt=443 suser=${user} act=login outcome=failure msg=Wrong password for ${user}`;
  return `<86>1 ${new Date(ms).toISOString()} ${nvr} webadmin - - - ${cef}`;
}

/** A FortiGate traffic-close record (CEF) for an outbound transfer. */
export function firewallTransferCef(ms: number, src: string, dst: string, bytesOut: number): string {
  return `<134>1 ${new Date(ms).toISOString()} fw-dc1 CEF - - - CEF:0|Fortinet|FortiGate|7.4.3|0000000013|traffic: forward close|3|rt=${ms} src=${src} spt=${40000 + (bytesOut % 20000)} dst=${dst} dpt=443 act=transfer outcome=success out=${bytesOut} msg=HTTPS upload`;
}

const SURICATA_SEVERITY = { critical: 1, high: 1, medium: 2, low: 3 } as const;

export function eveAlert(ms: number, src: string, dst: string, dport: number, signature: string, technique: string, severity: keyof typeof SURICATA_SEVERITY): string {
  return JSON.stringify({
    timestamp: new Date(ms).toISOString(), flow_id: ms % 1e9, event_type: 'alert', src_ip: src, src_port: 30000 + (ms % 30000), dest_ip: dst, dest_port: dport, proto: 'TCP', host: 'ids-dc1',
    alert: { action: 'allowed', gid: 1, signature_id: 2000000 + (signature.length * 131) % 99999, rev: 1, signature, category: 'Attempted Administrator Privilege Gain', severity: SURICATA_SEVERITY[severity], metadata: { signature_severity: [severity === 'critical' ? 'Critical' : 'Major'], mitre_technique_id: [technique] } },
  });
}

export function eveFlow(ms: number, src: string, dst: string, dport: number, appProto: string, bytesToServer: number): string {
  return JSON.stringify({
    timestamp: new Date(ms).toISOString(), event_type: 'flow', src_ip: src, src_port: 50000 + (ms % 10000), dest_ip: dst, dest_port: dport, proto: 'TCP', app_proto: appProto, host: 'ids-ot1',
    flow: { pkts_toserver: 12, pkts_toclient: 10, bytes_toserver: bytesToServer, bytes_toclient: 3100, state: 'closed' },
  });
}

export function ecsHttpRequest(ms: number, host: string, ip: string, path: string): string {
  return JSON.stringify({ '@timestamp': new Date(ms).toISOString(), event: { action: 'http_request', outcome: 'success', category: ['web'] }, host: { name: host }, source: { ip }, destination: { port: 443 }, url: { path }, observer: { product: 'nginx' } });
}

export function ecsVpnLogin(ms: number, user: string, ip: string, geo: { lat: number; lon: number }): string {
  return JSON.stringify({ '@timestamp': new Date(ms).toISOString(), event: { action: 'login', outcome: 'success', category: ['authentication'] }, user: { name: user }, source: { ip, geo: { location: geo } }, host: { name: 'vpn-gw-01' }, observer: { product: 'VPN' } });
}
