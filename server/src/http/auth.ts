// Admin access: `Authorization: Bearer <token>` for the API, and for the dashboard an HttpOnly,
// SameSite=Strict cookie set by a login form, so the token never appears in a URL. The cookie
// is an expiry signed with the token (HMAC), so any instance holding the token accepts it and
// changing the token logs everyone out.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const COOKIE = 'consentgate_admin';
const HOURS = 12;

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const sign = (token: string, expires: number) => createHmac('sha256', token).update(`dashboard:${expires}`).digest('base64url');

export function bearerOk(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  return match !== null && same(match[1]!.trim(), token);
}

export function tokenOk(given: string, token: string): boolean {
  return same(given, token);
}

export function sessionCookie(token: string, secure: boolean, now = Date.now()): string {
  const expires = now + HOURS * 3600_000;
  return `${COOKIE}=${expires}.${sign(token, expires)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${HOURS * 3600}${secure ? '; Secure' : ''}`;
}

export const clearCookie = `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;

export function sessionOk(req: IncomingMessage, token: string, now = Date.now()): boolean {
  const cookies = (req.headers.cookie ?? '').split(';').map((c) => c.trim());
  const value = cookies.find((c) => c.startsWith(`${COOKIE}=`))?.slice(COOKIE.length + 1) ?? '';
  const [expires, mac] = value.split('.');
  const when = Number(expires);
  return Number.isFinite(when) && when > now && mac !== undefined && same(mac, sign(token, when));
}
