// tarteaucitron.js, as its README shows: the script and tarteaucitron.init() in <head>, with
// the loader fetching its CSS, language file and service catalogue from its own folder (served
// from node_modules). It has no tag-attribute gating: each gated thing is a custom service
// whose js() runs on consent, queued with tarteaucitron.job.push().
import { ANALYTICS_SRC, PIXEL_SRC, PRIVACY_URL, packageVersion } from './shared.mjs';

// The README's init block with its defaults, except a bottom banner (the others show banners,
// not a centred modal) and no floating icon.
const init = {
  privacyUrl: PRIVACY_URL,
  bodyPosition: 'bottom',
  hashtag: '#tarteaucitron',
  cookieName: 'tarteaucitron',
  orientation: 'bottom',
  groupServices: false,
  showDetailsOnClick: true,
  serviceDefaultState: 'wait',
  showAlertSmall: false,
  cookieslist: false,
  showIcon: false,
  adblocker: false,
  DenyAllCta: true,
  AcceptAllCta: true,
  highPrivacy: true,
  handleBrowserDNTRequest: false,
  removeCredit: false,
  moreInfoLink: true,
  useExternalCss: false,
  useExternalJs: false,
  mandatory: true,
  mandatoryCta: true,
  googleConsentMode: true,
};

const services = `
  tarteaucitron.services.benchanalytics = {
    key: 'benchanalytics', type: 'analytic', name: 'Analytics', uri: '${PRIVACY_URL}',
    needConsent: true, cookies: ['_bench_analytics'],
    js: function () { tarteaucitron.addScript('${ANALYTICS_SRC}'); },
    fallback: function () {}
  };
  tarteaucitron.services.benchpixel = {
    key: 'benchpixel', type: 'ads', name: 'Ad pixel', uri: '${PRIVACY_URL}',
    needConsent: true, cookies: [],
    js: function () { var img = new Image(1, 1); img.alt = ''; img.src = '${PIXEL_SRC}'; document.body.appendChild(img); },
    fallback: function () {}
  };
  (tarteaucitron.job = tarteaucitron.job || []).push('benchanalytics', 'benchpixel');`;

export default {
  id: 'tarteaucitron',
  name: 'tarteaucitron.js',
  version: packageVersion('tarteaucitronjs'),
  mount: { prefix: '/cmp/tarteaucitron/', dir: 'node_modules/tarteaucitronjs' },
  slots: {
    'cmp-head': `<script src="/cmp/tarteaucitron/tarteaucitron.min.js"></script>
  <script>tarteaucitron.init(${JSON.stringify(init)});</script>`,
    'body-end': `<script>${services}
  </script>`,
  },
  banner: '#tarteaucitronAlertBig',
  accept: '#tarteaucitronPersonalize2',
};
