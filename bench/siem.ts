// Events/s through the SIEM engine over TCP syslog (frame → parse → normalise → asset → rules →
// alerts stored and streamed to a console core that persists them in its cache), against the same machine's raw rate for just
// parsing the same lines and inserting them into SQLite (same run); then the alerts window's frame
// time in Chromium while 2,000 alert updates/s are delivered to it (bench/siem-grid.ts).
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLogger } from '../common/log';
import { startConsole } from '../main/console/start-console';
import { startEngines } from '../services/launcher/start-engines';
import * as L from '../services/siem/demo/log-lines';
import { callUnary, siemClient } from '../proto/clients';
import { DEFAULT_RULES_DIR } from '../services/siem/detection';
import { normaliseLine } from '../services/siem/ingest/normalise';
import { loadRulePack } from '../services/siem/rules/rule-loader';
import { RuleSet } from '../services/siem/rules/rule-engine';
import sqlite3 from 'sqlite3';
import { runSiemGridBench } from './siem-grid';

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

type Engines = Awaited<ReturnType<typeof startEngines>>;

/** Syslog over TCP, as a log forwarder sends. */
const overSyslog = (data: Buffer) => (engines: Engines) => send(engines.syslogPorts!.tcp!, data);

/** The same lines normalised by the sender (a log shipper) and sent as IngestEvents batches over gRPC. */
function overGrpc(data: Buffer): (engines: Engines) => Promise<void> {
  const events = data.toString('utf8').split('\n').filter(Boolean).map((line) => normaliseLine(line).event);
  return async (engines) => {
    const client = siemClient(engines.addresses.siem!);
    const BATCH = 1000;
    const IN_FLIGHT = 4;
    let next = 0;
    const worker = async () => {
      while (next < events.length) {
        const batch = events.slice(next, (next += BATCH));
        await callUnary(client, client.IngestEvents, { request_id: `bench-${next}`, events: batch }, 60_000);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    client.close();
  };
}

async function engineRate(dir: string, n: number, feed: (engines: Engines) => Promise<void>): Promise<{ rate: number; alerts: number }> {
  // The engines in their own gRPC servers, a real console core subscribed to them (engine link →
  // console cache → live state), as in production; the console seeds no demo data.
  fs.mkdirSync(path.join(dir, 'engines'), { recursive: true });
  const engines = await startEngines({ dataDir: path.join(dir, 'engines'), logger: quiet });
  const siem = engines.siem!;
  const consoleDir = path.join(dir, 'console');
  fs.mkdirSync(consoleDir, { recursive: true });
  const runtime = await startConsole({ dataDir: consoleDir, engineAddresses: engines.addresses as never, embeddedEngines: false, simulate: false, demo: false });
  const link = runtime.internals.links.siem;
  const client = siemClient(engines.addresses.siem!);
  const alertsBefore = runtime.internals.state.alerts.size;
  const t0 = performance.now();
  await feed(engines);
  while (siem.stats.received < n) await new Promise((r) => setTimeout(r, 5));
  await siem.flushed();
  const { last_seq } = await callUnary(client, client.ListAlerts, { include_closed: true });
  // End to end: the console cache has persisted the engine's last alert event.
  while (link.cachedSeq < Number(last_seq)) await new Promise((r) => setTimeout(r, 2));
  const ms = performance.now() - t0;
  if (siem.stats.rejected > 0) throw new Error(`bench lines rejected: ${JSON.stringify(siem.stats.snapshot().rejections)}`);
  const alerts = runtime.internals.state.alerts.size - alertsBefore;
  client.close();
  await runtime.stop();
  await engines.stop();
  return { rate: (n / ms) * 1000, alerts };
}

/**
 * The reference: parse + normalise each line and insert it into SQLite (WAL, synchronous=NORMAL as the
 * engine runs), 100-row INSERTs, 2,000 rows per transaction: no sockets, rules, grouping or streams.
 */
async function parseInsertRate(dir: string, data: Buffer): Promise<number> {
  const lines = data.toString('utf8').split('\n').filter(Boolean);
  const db = await new Promise<sqlite3.Database>((res, rej) => {
    const d = new sqlite3.Database(path.join(dir, 'reference.sqlite'), (e) => (e ? rej(e) : res(d)));
  });
  const exec = (sql: string) => new Promise<void>((res, rej) => db.exec(sql, (e) => (e ? rej(e) : res())));
  await exec(`PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
    CREATE TABLE events (seq INTEGER PRIMARY KEY, time_ms INTEGER, host TEXT, source_ip TEXT, source_port INTEGER, destination_ip TEXT,
      destination_port INTEGER, user TEXT, action TEXT, outcome TEXT, severity TEXT, product TEXT, raw TEXT)`);
  // Multi-row INSERTs (100 rows each) inside 2,000-row transactions: the fewest round trips node-sqlite3 allows.
  const ROWS = 100;
  const BATCH = 2_000;
  const sql = (n: number) => `INSERT INTO events(time_ms, host, source_ip, source_port, destination_ip, destination_port, user, action, outcome, severity, product, raw) VALUES ${Array(n).fill('(?,?,?,?,?,?,?,?,?,?,?,?)').join(',')}`;
  const full = db.prepare(sql(ROWS));
  const t0 = performance.now();
  for (let i = 0; i < lines.length; i += BATCH) {
    const rows = lines.slice(i, i + BATCH).map((line) => {
      const e = normaliseLine(line).event;
      return [Number(e.time_ms), e.host, e.source_ip, e.source_port, e.destination_ip, e.destination_port, e.user, e.action, e.outcome, e.severity, e.product, e.raw];
    });
    await new Promise<void>((res, rej) =>
      db.serialize(() => {
        db.run('BEGIN');
        for (let r = 0; r < rows.length; r += ROWS) {
          const chunk = rows.slice(r, r + ROWS);
          if (chunk.length === ROWS) full.run(chunk.flat());
          else db.run(sql(chunk.length), chunk.flat());
        }
        db.run('COMMIT', (err) => (err ? rej(err) : res()));
      }),
    );
  }
  const ms = performance.now() - t0;
  const stored = await new Promise<number>((res, rej) => db.get('SELECT count(*) AS n FROM events', (e, row: { n: number }) => (e ? rej(e) : res(row.n))));
  if (stored !== lines.length) throw new Error(`reference stored ${stored} of ${lines.length} lines`);
  await new Promise<void>((res) => full.finalize(() => res()));
  await new Promise<void>((res) => db.close(() => res()));
  return (lines.length / ms) * 1000;
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
  const grpc: number[] = [];
  const reference: number[] = [];
  const bare: number[] = [];
  let alerts = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const roundDir = path.join(dir, `round-${round}`);
    fs.mkdirSync(roundDir, { recursive: true });
    reference.push(await parseInsertRate(roundDir, data));
    bare.push(await bareRate(data, LINES));
    const r = await engineRate(path.join(roundDir, 'syslog'), LINES, overSyslog(data));
    engine.push(r.rate);
    alerts = r.alerts;
    grpc.push((await engineRate(path.join(roundDir, 'grpc'), LINES, overGrpc(data))).rate);
    say(`round ${round + 1}: engine over syslog ${Math.round(engine[round])}/s, over gRPC ${Math.round(grpc[round])}/s, parse+insert reference ${Math.round(reference[round])}/s, bare TCP reader ${Math.round(bare[round])}/s`);
  }
  const parseOnly = parseOnlyRate(data);
  say(`parse + rules only: ${Math.round(parseOnly)}/s`);
  fs.rmSync(dir, { recursive: true, force: true });
  const best = (xs: number[]) => Math.max(...xs);
  const grid = await runSiemGridBench();
  return {
    lines: LINES,
    console_alerts: alerts,
    events_per_s: Math.round(best(engine)),
    ref_events_per_s: Math.round(best(reference)),
    ratio: Number((best(engine) / best(reference)).toFixed(3)),
    grpc_events_per_s: Math.round(best(grpc)),
    bare_tcp_lines_per_s: Math.round(best(bare)),
    parse_rules_only_events_per_s: Math.round(parseOnly),
    ...grid,
  };
}
