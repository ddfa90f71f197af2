// Klaro, as its README shows: a config (window.klaroConfig) and klaro.js with `defer` in
// <head>; scripts gated with type="text/plain" data-type data-name data-src, the pixel with
// <img data-name data-src>. One Klaro "service" per gated thing, grouped into purposes.
import { ANALYTICS_SRC, BANNER_TEXT, CATEGORIES, PIXEL_SRC, PRIVACY_URL, inlineJson, packageVersion } from './shared.mjs';

const config = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  groupByPurpose: true,
  lang: 'en',
  translations: {
    zz: { privacyPolicyUrl: PRIVACY_URL },
    en: {
      // With acceptAll on, the notice's "ok" button accepts every service.
      ok: 'Accept all',
      decline: 'Reject all',
      consentNotice: { title: BANNER_TEXT.title, description: BANNER_TEXT.description },
      purposes: Object.fromEntries(CATEGORIES.map(({ id, label }) => [id, label])),
      session: { description: CATEGORIES[0].description },
      analytics: { description: CATEGORIES[1].description },
      pixel: { description: CATEGORIES[2].description },
    },
  },
  services: [
    { name: 'session', title: 'Session', purposes: ['necessary'], required: true },
    { name: 'analytics', title: 'Analytics', purposes: ['analytics'], cookies: ['_bench_analytics'] },
    { name: 'pixel', title: 'Ad pixel', purposes: ['marketing'] },
  ],
};

export default {
  id: 'klaro',
  name: 'Klaro',
  version: packageVersion('klaro'),
  mount: { prefix: '/cmp/klaro/', dir: 'node_modules/klaro/dist' },
  slots: {
    'cmp-head': `<script>window.klaroConfig = ${inlineJson(config)};</script>
  <script defer src="/cmp/klaro/klaro.js"></script>`,
    'gated-head': `<script type="text/plain" data-type="text/javascript" data-name="analytics" data-src="${ANALYTICS_SRC}"></script>`,
    'gated-body': `<img data-name="pixel" data-src="${PIXEL_SRC}" width="1" height="1" alt="">`,
  },
  banner: '.klaro .cookie-notice:not(.cookie-notice-hidden)',
  accept: '.klaro .cookie-notice .cm-btn-success',
};
