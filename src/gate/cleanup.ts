import type { ResolvedService } from '../types';

/**
 * Where a cookie the page can see may live: host-only (`undefined`) or on the host or any
 * parent domain (vendors such as GA write to the registrable domain), and on `/` or any prefix
 * of the current path (a cookie set without a path gets the page's directory). A cookie is only
 * deleted by a write that repeats its exact domain and path, so every variant is written;
 * browsers ignore the ones that do not apply, such as a public suffix.
 */
export function cookieScopes(hostname: string, pathname: string): { domains: Array<string | undefined>; paths: string[] } {
  const labels = hostname.split('.');
  // An IP address has no parent domains; a top-level domain takes no cookies.
  const domains = [undefined, ...(/^[\d.]+$|:/.test(hostname) ? [] : labels.slice(1).map((_, i) => labels.slice(i).join('.')))];
  const paths = ['/'];
  let prefix = '';
  for (const part of pathname.split('/').slice(1)) {
    if (!part) continue;
    prefix += '/' + part;
    paths.push(prefix, prefix + '/');
  }
  return { domains, paths };
}

/** A declared name or pattern matches a cookie or storage key. `search` ignores a /g flag's state. */
export const nameMatches = (pattern: string | RegExp, name: string): boolean =>
  typeof pattern === 'string' ? pattern === name : name.search(pattern) > -1;

/** Deletes the services' declared cookies and storage keys from this page's reach. */
export function clearServices(doc: Document, services: readonly ResolvedService[]): void {
  const win = doc.defaultView!;
  const { hostname, pathname, protocol } = win.location;
  const { domains, paths } = cookieScopes(hostname, pathname);
  const present = doc.cookie.split(';').map((pair) => pair.split('=')[0]!.trim()).filter(Boolean);
  const secure = protocol === 'https:' ? ';secure' : '';
  // Only cookies the page can see can be deleted from here, and each (name, domain) once even
  // when several declarations match it: every cookie write costs ~0.1 ms in Chromium, and writing
  // every declared name of a large config on every scope took over 100 ms.
  const doomed = new Map<string, Set<string | undefined>>();
  for (const service of services) {
    for (const cookie of service.cookies) {
      for (const name of present.filter((n) => nameMatches(cookie.name, n))) {
        const scopes = doomed.get(name) ?? new Set(domains);
        if (cookie.domain) scopes.add(cookie.domain);
        doomed.set(name, scopes);
      }
    }
  }
  for (const [name, scopes] of doomed) {
    for (const domain of scopes) {
      for (const path of paths) {
        doc.cookie = `${name}=;max-age=0;path=${path}${domain ? ';domain=' + domain : ''}${secure}`;
      }
    }
  }
  // Each area's keys are listed once, not once per service (300 services × every key is slow).
  const patterns = services.flatMap((service) => service.storageKeys);
  if (!patterns.length) return;
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = win[area];
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)!);
      for (const key of keys) if (patterns.some((pattern) => nameMatches(pattern, key))) storage.removeItem(key);
    } catch {
      // Storage switched off: nothing was stored there either.
    }
  }
}
