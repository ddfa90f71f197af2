// CookieConsent v3 (vanilla-cookieconsent), UMD build as its getting-started guide shows:
// stylesheet in <head>, the script and CookieConsent.run() at the end of <body>. Scripts are
// gated with type="text/plain" data-category. It has no markup for images, so the pixel is a
// gated inline script that requests it (the library's way for anything that is not a script).
import { ANALYTICS_SRC, BANNER_TEXT, CATEGORIES, PIXEL_SRC, PRIVACY_URL, inlineJson, packageVersion } from './shared.mjs';

const config = {
  // On by default, it hides the banner from automated browsers (navigator.webdriver, which
  // Playwright sets), so without this the bench would measure a page with no banner at all.
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {},
    marketing: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: BANNER_TEXT.title,
          description: `${BANNER_TEXT.description} <a href="${PRIVACY_URL}">Privacy policy</a>`,
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage preferences',
        },
        preferencesModal: {
          title: 'Privacy preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          closeIconLabel: 'Close',
          sections: CATEGORIES.map(({ id, label, description }) => ({
            title: label,
            description,
            linkedCategory: id,
          })),
        },
      },
    },
  },
};

export default {
  id: 'cookieconsent',
  name: 'CookieConsent v3',
  version: packageVersion('vanilla-cookieconsent'),
  mount: { prefix: '/cmp/cookieconsent/', dir: 'node_modules/vanilla-cookieconsent/dist' },
  slots: {
    'cmp-head': '<link rel="stylesheet" href="/cmp/cookieconsent/cookieconsent.css">',
    'gated-head': `<script type="text/plain" data-category="analytics" src="${ANALYTICS_SRC}"></script>`,
    'gated-body': `<script type="text/plain" data-category="marketing">new Image(1, 1).src = ${JSON.stringify(PIXEL_SRC)};</script>`,
    'body-end': `<script src="/cmp/cookieconsent/cookieconsent.umd.js"></script>
  <script>CookieConsent.run(${inlineJson(config)});</script>`,
  },
  banner: '#cc-main .cm',
  accept: '#cc-main .cm [data-role="all"]',
};
