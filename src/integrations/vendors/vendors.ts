import type { ConsentManager, ConsentState, SiteVendor, Unsubscribe, VendorOptions } from '../../types';

type Report = (message: string, cause?: unknown) => void;
/** What a vendor follows (category or service ids) and how to tell it; `pending`: no decision yet. */
type Vendor = [follows: string[], tell: (on: boolean[], pending: boolean) => void];

/** Calls `window[name]` (or its `method`) only if the vendor put it there: consentgate never stubs one. */
function call(name: string, method: string | 0, ...args: unknown[]): void {
  const target = (window as unknown as Record<string, Record<string, unknown> | undefined>)[name];
  const fn = method ? target?.[method] : target;
  if (typeof fn == 'function') fn.apply(target, args);
}
const word = (on: boolean | undefined) => (on ? 'granted' : 'denied');

/**
 * The built-in vendors: their `vendors` option key, what they follow unless that option says
 * otherwise (Clarity follows two ids, `{ ads, analytics }`), and how each is told.
 */
const BUILT_IN: Array<[key: keyof VendorOptions, follows: string[], tell: Vendor[1]]> = [
  ['meta', ['advertising'], ([on]) => call('fbq', 0, 'consent', on ? 'grant' : 'revoke')],
  ['uet', ['advertising'], ([on]) => call('uetq', 'push', 'consent', 'update', { ad_storage: word(on) })],
  ['tiktok', ['advertising'], ([on], pending) => call('ttq', pending ? 'holdConsent' : on ? 'grantConsent' : 'revokeConsent')],
  ['clarity', ['advertising', 'analytics'], ([ads, analytics]) => call('clarity', 0, 'consentv2', { ad_Storage: word(ads), analytics_Storage: word(analytics) })],
];

/** The vendors for the options; a bad field is reported by name and that vendor keeps its default. */
function vendorsFor(input: unknown, report: Report): Vendor[] {
  const bad = (field: string) => report(`consentgate: vendors.${field} is invalid; using its default`);
  const o = (input || {}) as Record<string, unknown>;
  const vendors: Vendor[] = [];
  for (const [key, follows, tell] of BUILT_IN) {
    const value = o[key] as { ads?: unknown; analytics?: unknown } | false | undefined;
    if (value === false) continue;
    const ids = value === undefined ? follows : key == 'clarity' ? [value?.ads, value?.analytics] : [value];
    const ok = ids.every((id) => typeof id == 'string');
    if (!ok) bad(key);
    vendors.push([ok ? (ids as string[]) : follows, tell]);
  }
  // A site vendor without both functions could be granted and never revoked: it is left out.
  ((Array.isArray(o.custom) ? o.custom : []) as Array<Partial<SiteVendor>>).forEach((v, i) => {
    if (typeof v?.category == 'string' && typeof v.grant == 'function' && typeof v.revoke == 'function') {
      vendors.push([[v.category], ([on]) => (on ? v.grant!() : v.revoke!())]);
    } else bad(`custom[${i}]`);
  });
  return vendors;
}

const granted = (state: ConsentState | undefined, ids: string[]): boolean[] =>
  ids.map((id) => (state?.categories[id] ?? state?.services[id])?.granted == true);

function tell([follows, fn]: Vendor, on: boolean[], pending: boolean, report: Report): void {
  try {
    fn(on, pending);
  } catch (cause) {
    report(`consentgate: the vendor call for ${follows} failed`, cause);
  }
}

/**
 * Calls each vendor's own consent switch: at once with the current state, then whenever what it
 * follows is granted or withdrawn, and when a decision arrives or is reset. TikTok is put on
 * hold while a decision is pending; the others are told "denied" then.
 */
export function vendorConsent(manager: ConsentManager, input?: VendorOptions | false, report: Report = console.error): Unsubscribe {
  const vendors = input === false ? [] : vendorsFor(input, report);
  const apply = (state: ConsentState, previous?: ConsentState): void => {
    for (const vendor of vendors) {
      const on = granted(state, vendor[0]);
      // A decision arriving (or a reset) is news even when nothing flipped: it ends or starts a hold.
      if (previous?.needsDecision !== state.needsDecision || String(on) != String(granted(previous, vendor[0]))) {
        tell(vendor, on, state.needsDecision, report);
      }
    }
  };
  apply(manager.state());
  return manager.on('change', ({ state, previous }) => apply(state, previous));
}

/**
 * For the gate's `onWithdraw(categories, services)`: revokes every vendor that follows one of
 * them (anything else a vendor follows is read from `state`, and counts as denied without it).
 * Not needed beside `vendorConsent`, which already reacts to the same change.
 */
export function revokeVendors(ids: string[], input?: VendorOptions | false, state?: ConsentState, report: Report = console.error): void {
  for (const vendor of input === false ? [] : vendorsFor(input, report)) {
    if (vendor[0].some((id) => ids.includes(id))) {
      tell(vendor, granted(state, vendor[0]).map((on, i) => on && !ids.includes(vendor[0][i]!)), false, report);
    }
  }
}
