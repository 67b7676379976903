import * as http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../common/log';
import { EngineError } from '../kit/grpc-errors';
import type { ReportOutcome } from './intake';

/** A report is a few lines of text and a point; anything bigger is refused before parsing. */
export const MAX_REPORT_BODY_BYTES = 16 * 1024;
export const REPORTS_PATH = '/v1/citizen-reports';

type Submit = (body: Record<string, unknown>) => Promise<ReportOutcome>;
type Reply = { status: number; body: unknown };

const err = (status: number, field: string, message: string): Reply => ({ status, body: { error: { field, message } } });

/** Turns a raw request body into a reply; separated from the socket so it is easy to test. */
export async function handleReport(contentType: string | undefined, raw: string, submit: Submit): Promise<Reply> {
  if (!/^application\/json\b/i.test(contentType ?? '')) return err(415, 'content-type', `send application/json, got ${JSON.stringify(contentType ?? '')}`);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (e) {
    return err(400, 'body', `not valid JSON: ${(e as Error).message}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return err(400, 'body', 'must be a JSON object with type, location and description');
  const b = body as Record<string, unknown>;
  for (const f of ['type', 'description', 'reporter', 'request_id'] as const) {
    if (b[f] !== undefined && typeof b[f] !== 'string') return err(400, f, `must be a string, got ${JSON.stringify(b[f])}`);
  }
  if (b.priority !== undefined && typeof b.priority !== 'number') return err(400, 'priority', `must be a number from 1 to 4, got ${JSON.stringify(b.priority)}`);
  const loc = b.location as Record<string, unknown> | undefined;
  if (loc === undefined || typeof loc !== 'object' || loc === null || typeof loc.lat !== 'number' || typeof loc.lon !== 'number') {
    return err(400, 'location', `must be {"lat": number, "lon": number}, got ${JSON.stringify(loc ?? null)}`);
  }
  try {
    const out = await submit({ ...b, request_id: b.request_id ?? randomUUID().replace(/-/g, '') });
    return { status: out.outcome === 'created' ? 201 : 200, body: { report_id: out.report_id, outcome: out.outcome, incident_id: out.incident.id, distance_m: out.distance_m } };
  } catch (e) {
    if (e instanceof EngineError) {
      const [field, ...rest] = e.message.split(': ');
      return rest.length ? err(400, field, rest.join(': ')) : err(400, 'body', e.message);
    }
    throw e;
  }
}

/** POST /v1/citizen-reports on host:port (127.0.0.1 unless told otherwise), as a citizen app would post. */
export function startIntakeHttp(submit: Submit, logger: Logger, host: string, port: number): Promise<{ address: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const send = (r: Reply) => {
      res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(r.body));
    };
    const url = (req.url ?? '').split('?')[0];
    if (url !== REPORTS_PATH) return send(err(404, 'path', `no such endpoint ${url}; POST ${REPORTS_PATH}`));
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return send(err(405, 'method', `${req.method} is not allowed; use POST`));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_REPORT_BODY_BYTES && !refused) {
        refused = true;
        send(err(413, 'body', `larger than ${MAX_REPORT_BODY_BYTES} bytes`));
        req.destroy();
      } else if (!refused) chunks.push(c);
    });
    req.on('end', () => {
      if (refused) return;
      handleReport(req.headers['content-type'], Buffer.concat(chunks).toString('utf8'), submit)
        .then(send)
        .catch((e) => {
          logger.error('citizen report failed', { error: String(e) });
          send(err(500, 'server', 'the report could not be stored; try again'));
        });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const a = server.address() as { port: number };
      resolve({ address: `${host}:${a.port}`, close: () => new Promise<void>((r) => server.close(() => r())) });
    });
  });
}
