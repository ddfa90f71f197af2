// /dashboard: a login form (the token goes in a POST body, never a URL), then the page, behind
// an HttpOnly, SameSite=Strict cookie.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../store.js';
import { clearCookie, sessionCookie, sessionOk, tokenOk } from './auth.js';
import { DASHBOARD_CSS, dashboardPage, loginPage } from './dashboard-html.js';
import { readBody } from './respond.js';

const CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function html(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...headers,
  });
  res.end(body);
}

export async function dashboardRoute(req: IncomingMessage, res: ServerResponse, url: URL, store: Store, token: string | undefined): Promise<boolean> {
  const path = url.pathname;
  if (path === '/dashboard.css' && req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=300' }).end(DASHBOARD_CSS);
    return true;
  }
  if (!path.startsWith('/dashboard')) return false;
  if (token === undefined) {
    html(res, 404, loginPage('The dashboard is off: start the service with CONSENTGATE_ADMIN_TOKEN set.'));
    return true;
  }
  const secure = req.headers['x-forwarded-proto'] === 'https';
  if (path === '/dashboard/login' && req.method === 'POST') {
    const body = await readBody(req, 4096).catch(() => '');
    const given = new URLSearchParams(body).get('token') ?? '';
    if (!tokenOk(given, token)) return html(res, 401, loginPage('That token is not right.')), true;
    res.writeHead(303, { location: '/dashboard', 'set-cookie': sessionCookie(token, secure), 'cache-control': 'no-store' }).end();
    return true;
  }
  if (path === '/dashboard/logout' && req.method === 'POST') {
    res.writeHead(303, { location: '/dashboard', 'set-cookie': clearCookie, 'cache-control': 'no-store' }).end();
    return true;
  }
  if (path !== '/dashboard' || req.method !== 'GET') return false;
  // Signed out: the sign-in form, an ordinary page (200) showing no data.
  if (!sessionOk(req, token)) return html(res, 200, loginPage()), true;
  const raw = Number(url.searchParams.get('days') ?? 30);
  const days = Number.isInteger(raw) && raw >= 1 && raw <= 3660 ? raw : 30;
  const to = new Date(Date.now() + 24 * 3600_000);
  const from = new Date(Date.now() - days * 24 * 3600_000);
  html(res, 200, dashboardPage(await store.stats(from, to), days));
  return true;
}
