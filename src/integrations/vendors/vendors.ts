import type { ConsentManager, ConsentState, SiteVendor, Unsubscribe, VendorOptions } from '../../types';

type Report = (message: string, cause?: unknown) => void;
/** What a vendor follows (category or service ids) and how to tell it; `pending`: no decision yet. */
type Vendor = [follows: string[], tell: (on: boolean[], pending: boolean) => void];

/** Which category (or service) each built-in vendor follows unless `vendors` says otherwise. */
export const VENDOR_CATEGORIES = {
  meta: 'advertising',
  uet: 'advertising',
  tiktok: 'advertising',
  clarity: { ads: 'advertising', analytics: 'analytics' },
} as const;

/** Calls `window[name]` (or its `method`) only if the vendor put it there: consentgate never stubs one. */
function call(name: string, method: string | 0, ...args: unknown[]): void {
  const target = (window as unknown as Record<string, Record<string, unknown> | undefined>)[name];
  const fn = method ? target?.[method] : target;
  if (typeof fn == 'function') fn.apply(target, args);
}
const word = (on: boolean | undefined) => (on ? 'granted' : 'denied');

/** The built-in vendors: option key and how to tell each one (its ids come from VENDOR_CATEGORIES or the option). */
const BUILT_IN: Array<[key: keyof typeof VENDOR_CATEGORIES, tell: Vendor[1]]> = [
  ['meta', ([on]) => call('fbq', 0, 'consent', on ? 'grant' : 'revoke')],
  ['uet', ([on]) => call('uetq', 'push', 'consent', 'update', { ad_storage: word(on) })],
  ['tiktok', ([on], pending) => call('ttq', pending ? 'holdConsent' : on ? 'grantConsent' : 'revokeConsent')],
  ['clarity', ([ads, analytics]) => call('clarity', 0, 'consentv2', { ad_Storage: word(ads), analytics_Storage: word(analytics) })],
];

/** What a vendor option names: one id, or Clarity's two. */
const idsOf = (key: string, value: unknown): unknown[] => {
  const clarity = value as { ads?: unknown; analytics?: unknown } | null;
  return key == 'clarity' ? [clarity?.ads, clarity?.analytics] : [value];
};

/** The vendors for the options; a bad field is reported by name and that vendor keeps its default. */
function vendorsFor(input: unknown, report: Report): Vendor[] {
  const bad = (field: string) => report(`consentgate: vendors.${field} is invalid; using its default`);
  const o = (input || {}) as Record<string, unknown>;
  const vendors: Vendor[] = [];
  for (const [key, tell] of BUILT_IN) {
    const value = o[key];
    if (value === false) continue;
    let ids = idsOf(key, value === undefined ? VENDOR_CATEGORIES[key] : value);
    if (!ids.every((id) => typeof id == 'string')) {
      bad(key);
      ids = idsOf(key, VENDOR_CATEGORIES[key]);
    }
    vendors.push([ids as string[], tell]);
  }
  // A site vendor without both functions could be granted and never revoked: it is left out.
  ((Array.isArray(o.custom) ? o.custom : []) as Array<Partial<SiteVendor>>).forEach((v, i) => {
    if (typeof v?.category == 'string' && typeof v.grant == 'function' && typeof v.revoke == 'function') {
      vendors.push([[v.category], ([on]) => (on ? v.grant!() : v.revoke!())]);
    } else bad(`custom[${i}]`);
  });
  return vendors;
}

const isGranted = (state: ConsentState, id: string): boolean => (state.categories[id] ?? state.services[id])?.granted === true;

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
  if (input === false) return () => undefined;
  const vendors = vendorsFor(input, report);
  const apply = (state: ConsentState, previous?: ConsentState): void => {
    for (const vendor of vendors) {
      const on = vendor[0].map((id) => isGranted(state, id));
      // A decision arriving (or a reset) is news even when nothing flipped: it ends or starts a hold.
      if (!previous || previous.needsDecision !== state.needsDecision || on.some((value, i) => value !== isGranted(previous, vendor[0][i]!))) {
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
  if (input === false) return;
  for (const vendor of vendorsFor(input, report)) {
    if (vendor[0].some((id) => ids.includes(id))) {
      tell(vendor, vendor[0].map((id) => !ids.includes(id) && !!state && isGranted(state, id)), false, report);
    }
  }
}
