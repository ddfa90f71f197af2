// consentgate, as its README and the markup contract in ARCHITECTURE.md say a site uses it:
// inline JSON config, then the bundle in <head> before any tracker; trackers marked with
// type="text/plain" data-consent, the pixel as <img data-consent data-src>.
import { ANALYTICS_SRC, CATEGORIES, PIXEL_SRC, PRIVACY_URL, inlineJson } from './shared.mjs';

/**
 * How the bench finds consentgate's banner, kept in this one place: src/ui renders into an open
 * shadow root on <consentgate-ui> (first child of <body>), and the first layer is the element
 * with part="banner" there, its text and buttons slotted from the light DOM. `>>>` steps into
 * the shadow root (see bench/lib/probe.mjs). When nothing matches, the banner figures are n/a.
 */
export const BANNER_SELECTOR = 'consentgate-ui >>> [part~="banner"]';
/** A Playwright selector: pierces shadow roots and matches light-DOM buttons alike. */
export const ACCEPT_SELECTOR = 'role=button[name="Accept all"]';

const config = {
  // Forced so that the machine's time zone cannot change what is measured.
  regime: 'opt-in',
  privacyPolicyUrl: PRIVACY_URL,
  categories: [
    { id: 'necessary', label: CATEGORIES[0].label, description: CATEGORIES[0].description, required: true },
    { id: 'analytics', label: CATEGORIES[1].label, description: CATEGORIES[1].description },
    { id: 'marketing', label: CATEGORIES[2].label, description: CATEGORIES[2].description, sale: true, share: true },
  ],
};

export default {
  id: 'consentgate',
  name: 'consentgate',
  // Filled in by the site from the copied package.json of this checkout.
  version: null,
  // The bench copies dist/ to a temporary folder at start, so a rebuild mid-run cannot mix bundles.
  mount: { prefix: '/cmp/consentgate/', dir: null },
  slots: {
    'cmp-head': `<script type="application/json" id="consentgate-config">${inlineJson(config)}</script>
  <script src="/cmp/consentgate/consentgate.js"></script>`,
    'gated-head': `<script type="text/plain" data-consent="analytics" src="${ANALYTICS_SRC}"></script>`,
    'gated-body': `<img data-consent="marketing" data-src="${PIXEL_SRC}" width="1" height="1" alt="">`,
  },
  banner: BANNER_SELECTOR,
  accept: ACCEPT_SELECTOR,
  // Used only when no banner appeared, so correctness and the returning visit can still be
  // checked; the accept figure is then footnoted as made through the API, not a click.
  // Self-contained: Playwright runs its source in the page.
  acceptByApi: () => {
    window.__bench.clickAt = performance.now();
    window.consentgate.acceptAll();
  },
};
