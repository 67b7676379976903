// Events/s through the SIEM engine over TCP syslog (frame → parse → normalise → asset → rules →
// alerts stored and published), against a bare TCP reader that only splits the same bytes into lines.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLogger } from '../common/log';
import { startEngines } from '../services/launcher/start-engines';
import * as L from '../services/siem/demo/log-lines';
import type { AlertEvent__Output } from '../proto/gen/watchfloor/siem/v1/AlertEvent';
import { callUnary, siemClient } from '../proto/clients';
import { DEFAULT_RULES_DIR } from '../services/siem/detection';
import { normaliseLine } from '../services/siem/ingest/normalise';
import { loadRulePack } from '../services/siem/rules/rule-loader';
import { RuleSet } from '../services/siem/rules/rule-engine';

const LINES = Number(process.env.BENCH_SIEM_LINES ?? 200_000);
const ROUNDS = 2;
const quiet = createLogger('bench', () => undefined);
const say = (msg: string) => process.stderr.write(`${msg}\n`);

/** A city mix: sshd logins, portal requests, OT flows, firewall CEF, IDS alerts (1 in 100 raises an alert). */
function payload(n: number): Buffer {
  const t = Date.now() - 60_000;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 100;
    const ip = `203.0.${(i >> 8) & 255}.${i & 255}`;
    if (k === 0) lines.push(L.eveAlert(t, ip, `10.30.1.${1 + (i % 16)}`, 80, 'ET SCAN Nmap scan against camera RTSP port', 'T1046', 'low'));
    else if (k < 30) lines.push(L.sshdSuccess(t, 'srv-ioc-data-01', 'backup', '10.10.5.7', 40000 + (i % 20000)));
    else if (k < 60) lines.push(L.ecsHttpRequest(t, 'web-cache-02', ip, '/ban-do/giao-thong'));
    else if (k < 85) lines.push(L.eveFlow(t, '10.50.1.10', '10.50.2.21', 502, 'modbus', 812));
    else lines.push(L.firewallTransferCef(t, '10.10.5.7', '10.10.1.15', 4096 + i));
  }
  return Buffer.from(lines.join('\n') + '\n');
}

function send(port: number, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => s.end(data, () => resolve()));
    s.on('error', reject);
  });
}

/** The reference: a TCP server that only splits bytes into lines and counts them. */
async function bareRate(data: Buffer, n: number): Promise<number> {
  let count = 0;
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  const server = net.createServer((sock) => {
    let rest = '';
    sock.setEncoding('utf8');
    sock.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      count += parts.length;
      if (count >= n) done();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const t0 = performance.now();
  await send((server.address() as net.AddressInfo).port, data);
  await finished;
  const ms = performance.now() - t0;
  await new Promise<void>((r) => server.close(() => r()));
  return (n / ms) * 1000;
}

async function engineRate(dir: string, data: Buffer, n: number): Promise<{ rate: number; alerts: number }> {
  const engines = await startEngines({ dataDir: dir, only: ['siem'], logger: quiet });
  const siem = engines.siem!;
  const client = siemClient(engines.addresses.siem!);
  const { last_seq } = await callUnary(client, client.ListAlerts, { include_closed: true });
  let alertEvents = 0;
  const stream = client.WatchAlerts({ after_seq: last_seq });
  stream.on('data', (_e: AlertEvent__Output) => alertEvents++);
  stream.on('error', () => undefined);
  const expected = n / 100;
  const t0 = performance.now();
  await send(engines.syslogPorts!.tcp!, data);
  while (siem.stats.received < n) await new Promise((r) => setTimeout(r, 5));
  await siem.flushed();
  // End to end: the last alert event has reached a subscribed client.
  while (alertEvents < expected) await new Promise((r) => setTimeout(r, 2));
  const ms = performance.now() - t0;
  if (siem.stats.rejected > 0) throw new Error(`bench lines rejected: ${JSON.stringify(siem.stats.snapshot().rejections)}`);
  stream.cancel();
  client.close();
  await engines.stop();
  return { rate: (n / ms) * 1000, alerts: alertEvents };
}

/** Parse + normalise + rules in a loop, no sockets and no store: the CPU share of the engine's work. */
function parseOnlyRate(data: Buffer): number {
  const lines = data.toString('utf8').split('\n').filter(Boolean);
  const rules = new RuleSet(loadRulePack(DEFAULT_RULES_DIR).rules);
  const t0 = performance.now();
  for (const line of lines) rules.evaluate({ event: normaliseLine(line).event, asset: undefined, sourceAsset: undefined });
  return (lines.length / (performance.now() - t0)) * 1000;
}

export async function runSiemBench(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bench-siem-'));
  const data = payload(LINES);
  say(`${LINES} lines, ${(data.length / 1048576).toFixed(1)} MiB`);
  const engine: number[] = [];
  const bare: number[] = [];
  let alerts = 0;
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(await bareRate(data, LINES));
    const r = await engineRate(path.join(dir, `round-${round}`), data, LINES);
    engine.push(r.rate);
    alerts = r.alerts;
    say(`round ${round + 1}: engine ${Math.round(engine[round])}/s, bare reader ${Math.round(bare[round])}/s`);
  }
  const parseOnly = parseOnlyRate(data);
  say(`parse + rules only: ${Math.round(parseOnly)}/s`);
  fs.rmSync(dir, { recursive: true, force: true });
  const best = (xs: number[]) => Math.max(...xs);
  return {
    lines: LINES,
    alert_events: alerts,
    events_per_s: Math.round(best(engine)),
    ref_events_per_s: Math.round(best(bare)),
    ratio: Number((best(engine) / best(bare)).toFixed(3)),
    parse_rules_only_events_per_s: Math.round(parseOnly),
  };
}
