// Which browser origins may post receipts and read records. An allowed origin gets CORS headers
// (preflight included); any other origin is refused outright, before its body is read.
import type { IncomingMessage } from 'node:http';
import type { Headers } from './respond.js';

export function originPolicy(origins: readonly string[]) {
  const any = origins.includes('*');
  const allowed = (origin: string) => any || origins.includes(origin);
  return {
    allowed,
    /** null: refuse (403). Otherwise the CORS headers to add (none for a request without Origin). */
    headers(req: IncomingMessage): Headers | null {
      const origin = req.headers.origin;
      if (origin === undefined) return {};
      if (!allowed(origin)) return null;
      return { 'access-control-allow-origin': origin, vary: 'Origin' };
    },
    preflight(req: IncomingMessage): Headers | null {
      const base = this.headers(req);
      if (base === null || req.headers.origin === undefined) return null;
      return {
        ...base,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': 86400,
      };
    },
  };
}
