import type { ResolvedService } from '../types';
import type { Ctx } from './context';

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

// Cookie writes and storage removals per task, and the pause after a task that wrote a cookie:
// the browser's network service takes up to ~0.1 ms a write, and a read of `document.cookie` (the
// page's or ours) waits for every write still pending, so writes go out no faster than it takes
// them in.
const WRITES = 40;
const PAUSE = 10;
const AREAS = ['localStorage', 'sessionStorage'] as const;

/**
 * Deletes the services' declared cookies and storage keys from this page's reach. A cookie is
 * only deleted by a write that repeats its exact domain and path, and the page cannot see
 * either, so every place it may live is written: host-only or the host or any parent domain
 * (vendors such as GA write to the registrable domain, browsers ignore a public suffix), a
 * declared domain, and `/` or any prefix of the current path (a cookie set without a path gets
 * the page's directory), each also as a partitioned cookie.
 *
 * Without holding the page up, in slices of at most WRITES writes or removals (half in the
 * withdrawal's own task): first the cookies at their likeliest place (`/` host-only), then the
 * storage keys (they travel with no request; a first look at sessionStorage can take ms),
 * then the other places one at a time, from the broadest domain, each only for the names the page
 * still sees when its turn comes, so most places need no write at all. With a usual config all
 * but the other places fit in the withdrawal's own task; one that declares more names than half a
 * slice starts in the next task instead. Each slice asks the manager again, so a
 * service granted meanwhile keeps its cookies and keys. A page that goes away first (pagehide)
 * writes the rest there and then.
 */
export function clearServices({ _doc: doc, _manager: manager, _guard: guard }: Pick<Ctx, '_doc' | '_manager' | '_guard'>, services: readonly ResolvedService[]): void {
  const win = doc.defaultView!;
  const { hostname, pathname, protocol } = win.location;
  const labels = hostname.split('.');
  // Host-only first, then from the broadest domain down to the host. An IP address has no parent
  // domains; a top-level domain takes no cookies.
  const domains = new Set(['']);
  for (let i = /^[\d.]+$|:/.test(hostname) ? 0 : labels.length - 1; i--; ) domains.add(labels.slice(i).join('.'));
  for (const { cookies } of services) for (const { domain } of cookies) if (domain) domains.add(domain);
  const paths = ['/'];
  let prefix = '';
  for (const part of pathname.split('/')) if (part) paths.push((prefix += '/' + part), prefix + '/');
  const secure = protocol === 'https:' ? ';secure' : '';
  const plain = paths.flatMap((path) => [...domains].map((domain) => `;path=${path}${domain && ';domain=' + domain}${secure}`));
  // A partitioned (CHIPS) cookie goes only by a write that says so. It is always Secure, so only a
  // secure context has one (https, or http on localhost): there the same places again, last, for
  // the names still seen.
  const places =
    secure || win.isSecureContext ? plain.concat(plain.map((place) => `${place}${secure ? '' : ';secure'};partitioned`)) : plain;
  let place = 0;
  let names: string[] | undefined; // still to write at `place`; none read yet at first
  let area = 0; // the storage area whose keys go next, once the likeliest place is written
  let store: Storage | undefined;
  let keys: string[] = [];
  let all = false;
  let timer: number | undefined;
  // The page is going away: the rest is written now, and the slice already scheduled is dropped.
  const flush = () => {
    win.clearTimeout(timer);
    all = true;
    run();
  };
  const run = guard(() => {
    win.removeEventListener('pagehide', flush);
    const off = services.filter((service) => !manager.getService(service.id));
    const declared = off.flatMap((service) => service.cookies.map((cookie) => cookie.name));
    const isCookie = nameTest(declared);
    let isKey: ReturnType<typeof nameTest> | undefined;
    // The withdrawal's own task also records the decision and stops the trackers: half a slice
    // for it, and none when there are more names than that (a large config then starts in the
    // next task, so the withdrawal itself stays within a frame). A timer set means a later task.
    let budget = all ? Infinity : timer ? WRITES : declared.length > WRITES / 2 ? 0 : WRITES / 2;
    let wrote = false; // a cookie, in this task
    while (budget) {
      if (names?.length) {
        const name = names.pop()!;
        if (isCookie(name)) {
          doc.cookie = `${name}=;max-age=0${places[place]}`;
          budget--;
          wrote = true;
        }
      } else if (names && (keys.length || area < AREAS.length)) {
        try {
          const key = keys.pop();
          if (key === undefined) keys = Object.keys((store = win[AREAS[area++]!]));
          else if ((isKey ??= nameTest(off.flatMap((service) => service.storageKeys)))(key)) {
            store!.removeItem(key);
            budget--;
          }
        } catch {
          // Storage switched off: nothing was stored there either.
        }
      } else {
        // A read waits for the writes still pending: never right after this task's own.
        if ((wrote && !all) || (names && ++place >= places.length)) break;
        names = doc.cookie.split(';').map((pair) => pair.split('=')[0]!.trim()).filter((name) => name && isCookie(name));
        // The page sees none of the names: none is left within its reach.
        if (!names.length) place = places.length;
      }
    }
    if (place < places.length || keys.length || area < AREAS.length) {
      win.addEventListener('pagehide', flush);
      // A slice that wrote no cookie left the browser nothing to catch up with.
      timer = win.setTimeout(run, wrote ? PAUSE : 0);
    }
  });
  run();
}
