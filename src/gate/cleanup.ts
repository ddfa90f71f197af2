import type { ResolvedService } from '../types';

/**
 * One test for many declared names and patterns, built once per withdrawal: exact names in a
 * Set, and the patterns joined into one RegExp per set of flags (a /g or /y flag's state is
 * dropped). Patterns whose groups would change meaning when joined (back-references, named
 * groups) keep a RegExp of their own. A config of 1,000 declarations then costs one look-up and
 * a RegExp or two per cookie, not a thousand tests.
 */
export function nameTest(declared: ReadonlyArray<string | RegExp>): (name: string) => boolean {
  const exact = new Set<unknown>(declared);
  const joined: Record<string, string[]> = {};
  const alone: RegExp[] = [];
  for (const pattern of declared) {
    if (typeof pattern === 'string') continue;
    const flags = pattern.flags.replace(/[gy]/g, '');
    if (/\\[1-9k]|\(\?</.test(pattern.source)) alone.push(RegExp(pattern.source, flags));
    else (joined[flags] ||= []).push(pattern.source);
  }
  const patterns = [...alone, ...Object.keys(joined).map((flags) => RegExp(`(?:${joined[flags]!.join(')|(?:')})`, flags))];
  return (name) => exact.has(name) || patterns.some((pattern) => pattern.test(name));
}

/**
 * Deletes the services' declared cookies and storage keys from this page's reach. A cookie is
 * only deleted by a write that repeats its exact domain and path, and the page cannot see
 * either, so every place it may live is written: host-only or the host or any parent domain
 * (vendors such as GA write to the registrable domain, browsers ignore a public suffix), a
 * declared domain, and `/` or any prefix of the current path (a cookie set without a path gets
 * the page's directory). Only the cookies the page has are written, and each area's keys are
 * read once: reading `document.cookie` waits for every pending cookie write, so it is read once,
 * before the deletions.
 */
export function clearServices(doc: Document, services: readonly ResolvedService[]): void {
  const win = doc.defaultView!;
  const { hostname, pathname, protocol } = win.location;
  const cookies = services.flatMap((service) => service.cookies);
  const storage = nameTest(services.flatMap((service) => service.storageKeys));
  const isCookie = nameTest(cookies.map((cookie) => cookie.name));
  const labels = hostname.split('.');
  // An IP address has no parent domains; a top-level domain takes no cookies.
  const domains = new Set(/^[\d.]+$|:/.test(hostname) ? [''] : labels.map((_, i) => (i ? ';domain=' + labels.slice(i - 1).join('.') : '')));
  for (const cookie of cookies) if (cookie.domain) domains.add(';domain=' + cookie.domain);
  const paths = ['/'];
  let prefix = '';
  for (const part of pathname.split('/')) if (part) paths.push((prefix += '/' + part), prefix + '/');
  const secure = protocol === 'https:' ? ';secure' : '';
  const names = doc.cookie.split(';').map((pair) => pair.split('=')[0]!.trim()).filter((name) => name && isCookie(name));
  for (const name of names) {
    for (const domain of domains) {
      for (const path of paths) doc.cookie = `${name}=;max-age=0;path=${path}${domain}${secure}`;
    }
  }
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const store = win[area];
      for (const key of Object.keys(store)) if (storage(key)) store.removeItem(key);
    } catch {
      // Storage switched off: nothing was stored there either.
    }
  }
}
