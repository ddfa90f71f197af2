// Small response helpers: every answer has a type, no caching, and errors a reason.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Headers = Record<string, string | number | string[]>;

export function json(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/** `{ error, field? }`: what went wrong, and the field when one is to blame. */
export function problem(res: ServerResponse, status: number, error: string, field?: string, headers: Headers = {}): void {
  json(res, status, field ? { error, field } : { error }, headers);
}

export class TooLarge extends Error {}

// One decoder for every request: a non-streaming decode() keeps no state between calls.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text, refusing more than `limit` bytes without reading the rest. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) return reject(new TooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        return reject(new TooLarge());
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(utf8.decode(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}
