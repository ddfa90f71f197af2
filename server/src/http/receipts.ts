// POST /v1/receipts: one receipt in, 202 { id, seq, hash } once it is committed. Every refusal
// is a 4xx naming what was wrong; a storage failure is a 503 and nothing is acknowledged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../store.js';
import { checkReceipt } from '../validate.js';
import type { Metrics } from './metrics.js';
import { json, problem, readBody, TooLarge, type Headers } from './respond.js';

export const MAX_BODY = 16 * 1024;

export interface ReceiptRoute {
  store: Store;
  metrics: Metrics;
  retentionDays: number;
  siteAllowed(site: string): boolean;
}

export async function postReceipt(req: IncomingMessage, res: ServerResponse, cors: Headers, route: ReceiptRoute): Promise<void> {
  const refuse = (status: number, reason: string, message: string, field?: string, headers: Headers = {}) => {
    route.metrics.refused(reason);
    problem(res, status, message, field, { ...cors, ...headers });
  };
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && type !== 'text/plain')
    return refuse(415, 'content_type', 'send the receipt as application/json or text/plain', 'content-type');
  let text: string;
  try {
    text = await readBody(req, MAX_BODY);
  } catch (error) {
    if (error instanceof TooLarge) return refuse(413, 'too_large', `the body is over ${MAX_BODY} bytes`, 'body', { connection: 'close' });
    return refuse(400, 'encoding', 'the body is not UTF-8 text', 'body');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse(400, 'json', 'the body is not valid JSON', 'body');
  }
  const checked = checkReceipt(value, Date.now(), route.retentionDays);
  if (!checked.ok) return refuse(400, 'schema', checked.message, checked.field);
  const page = new URL(checked.receipt.url);
  if (page.protocol !== 'https:' && page.protocol !== 'http:') return refuse(400, 'schema', 'url must be an http(s) address', 'url');
  const site = page.origin;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== site)
    return refuse(403, 'site', `url is on ${site} but the request came from ${origin}`, 'url');
  if (!route.siteAllowed(site)) return refuse(403, 'site', `${site} is not in CONSENTGATE_ORIGINS`, 'url');
  let outcome;
  try {
    outcome = await route.store.append({ site, receipt: checked.receipt });
  } catch (error) {
    console.error('consentgate-server: a receipt could not be stored:', (error as Error).message);
    return refuse(503, 'storage', 'the receipt could not be stored; send it again', undefined, { 'retry-after': 1 });
  }
  if (outcome.status === 'conflict') return refuse(409, 'conflict', outcome.message, outcome.field);
  route.metrics.accepted(outcome.status === 'duplicate');
  json(res, 202, { id: outcome.id, seq: outcome.seq, hash: outcome.hash }, cors);
}
