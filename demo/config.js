// The demo site's consentgate configuration, loaded in <head> before /dist/consentgate.js.
//
// It models what the two seed privacy policies (MiMap Inc., Mi-Case, Inc.) say a site of theirs
// does: preferences in cookies and local storage, Google Analytics, advertising pixels and web
// beacons from network advertisers, session replay, and Facebook / Instagram / LinkedIn / X.
//
// A plain script, not JSON, so the demo can take switches from the address bar:
//   ?regime=auto|opt-in|opt-out|notice   ?region=DE|GB|US-CA|…   ?dnt=honor|ignore
// and for the visitor's UI (the `ui` option):
//   ?layout=bar|box|modal   ?block=1 (a modal that blocks the page until a choice)
//   ?position=bottom|top|bottom-left|bottom-right|top-left|top-right   ?theme=auto|light|dark
//   ?lang=en|de|fr|ar|he|ja|…   ?reopen=auto|false|bottom-left|bottom-right|top-left|top-right
// An empty or unrecognised value leaves the configured one in place (and is listed in
// window.consentgateDemo.ignored, which the demo panel shows).
(function () {
  'use strict';

  /** @type {import('../src/types').Config} */
  var config = {
    // Bump to ask everyone again. Here: the date of the policy the choices were made under.
    revision: '2024-10-03',
    lifetimeDays: 182,
    privacyPolicyUrl: 'privacy.html',
    regime: 'auto',

    // Both seed policies describe no response to Do Not Track. Mi-Case's says so outright
    // (section 5: "we may not alter our practices when our systems receive a 'Do Not Track'
    // signal"); MiMap's does not mention DNT at all. Ignoring DNT is this one line (CalOPPA
    // still wants the policy to say so). GPC is a different matter: it is always honoured.
    signals: { dnt: 'ignore' },

    // The banner, preferences dialog and privacy-choices links: the UI's defaults (a bar at the
    // bottom, the scheme the browser prefers, the page's language), changed by the switches below.
    ui: {},

    categories: [
      {
        id: 'necessary',
        description:
          'Keeps the site secure and working and remembers this choice. These cannot be switched off.',
        services: [
          {
            id: 'consent-record',
            name: 'Your privacy choices',
            provider: 'This site',
            purpose: 'Remembers which categories you allowed, so we do not ask on every page.',
            privacyPolicyUrl: 'privacy.html',
            cookies: [
              {
                name: 'consentgate',
                expiry: '6 months',
                description: 'Your choices, when you made them and the policy revision they apply to.',
              },
            ],
          },
        ],
      },
      {
        id: 'functional',
        description:
          'Remembers preferences you set, such as text size and theme, in local storage on your device.',
        services: [
          {
            id: 'reader-preferences',
            name: 'Reader preferences',
            provider: 'This site',
            purpose: 'Keeps your text size, theme and recently read articles between visits.',
            privacyPolicyUrl: 'privacy.html',
            storageKeys: ['reader:text-size', 'reader:theme', /^reader:recent-/],
          },
        ],
      },
      {
        id: 'analytics',
        description:
          'Counts visits and measures which pages and features are used, so we can improve the site.',
        services: [
          {
            id: 'google-analytics',
            name: 'Google Analytics',
            provider: 'Google LLC',
            purpose:
              'Measures how visitors use the site (pages viewed, time spent, links clicked) and reports on trends.',
            privacyPolicyUrl: 'https://policies.google.com/privacy',
            cookies: [
              { name: '_ga', expiry: '2 years', description: 'Distinguishes visitors with a random client id.' },
              {
                name: /^_ga_/,
                expiry: '2 years',
                description: 'Keeps the session state of a Google Analytics 4 property (_ga_<property id>).',
              },
              { name: '_gid', expiry: '24 hours', description: 'Distinguishes visitors for one day.' },
            ],
          },
        ],
      },
      {
        id: 'advertising',
        description:
          'Lets us and network advertisers measure our ads, avoid showing you the same ad too often, ' +
          'and show you ads based on your visits here and on other sites.',
        services: [
          {
            id: 'meta-pixel',
            name: 'Meta Pixel',
            provider: 'Meta Platforms, Inc.',
            purpose:
              'Measures visits and purchases that follow our ads on Facebook and Instagram and builds audiences for them.',
            privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
            cookies: [
              { name: '_fbp', expiry: '90 days', description: 'Identifies this browser to Meta for ad delivery and measurement.' },
              { name: '_fbc', expiry: '90 days', description: 'Keeps the id of the last Facebook ad you clicked (fbclid).' },
            ],
          },
          {
            id: 'google-ads',
            name: 'Google Ads conversion tracking',
            provider: 'Google LLC',
            purpose: 'Counts sign-ups and orders that follow a click on one of our Google ads.',
            privacyPolicyUrl: 'https://policies.google.com/privacy',
            cookies: [
              { name: '_gcl_au', expiry: '90 days', description: 'Links an ad click to a later conversion on this site.' },
            ],
          },
          {
            id: 'criteo',
            name: 'Criteo web beacons',
            provider: 'Criteo SA',
            purpose:
              'Web beacons (1×1 pixel tags) on our pages and in marketing emails that record which products ' +
              'you viewed and whether an email was opened, for retargeted ads on other sites.',
            privacyPolicyUrl: 'https://www.criteo.com/privacy/',
            cookies: [
              { name: 'cto_bundle', expiry: '13 months', description: 'Criteo’s identifiers for this browser, kept on this site.' },
            ],
          },
        ],
      },
      {
        id: 'session_replay',
        description:
          'Records what you do on a page (clicks, scrolling, what you type into forms) so we can replay visits ' +
          'to find problems. Always off until you switch it on.',
        services: [
          {
            id: 'hotjar',
            name: 'Hotjar',
            provider: 'Hotjar Ltd',
            purpose: 'Session recordings and heatmaps: which pages you visit, for how long, and what you click or enter.',
            privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
            cookies: [
              { name: /^_hjSessionUser_/, expiry: '1 year', description: 'A random id that recognises you across visits.' },
              { name: /^_hjSession_/, expiry: '30 minutes', description: 'Ties the pages of one visit together.' },
              { name: /^_hj/, expiry: 'Up to 1 year', description: 'Other Hotjar cookies such as _hjFirstSeen and _hjIncludedInSessionSample.' },
            ],
            storageKeys: [/^_hj/],
          },
        ],
      },
      {
        id: 'social',
        description:
          'Embedded posts and share buttons from Facebook, Instagram, LinkedIn and X. These networks ' +
          'set their own cookies and can see that you read this page.',
        services: [
          {
            id: 'facebook',
            name: 'Facebook embeds and share button',
            provider: 'Meta Platforms, Inc.',
            purpose: 'Shows Facebook posts and lets you share articles on Facebook.',
            privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
            cookies: [
              { name: 'datr', domain: '.facebook.com', expiry: '2 years', description: 'Identifies the browser for security and site integrity (set by facebook.com).' },
            ],
          },
          {
            id: 'instagram',
            name: 'Instagram embeds',
            provider: 'Meta Platforms, Inc.',
            purpose: 'Shows Instagram posts inside articles.',
            privacyPolicyUrl: 'https://privacycenter.instagram.com/policy/',
          },
          {
            id: 'linkedin',
            name: 'LinkedIn share button',
            provider: 'LinkedIn Corporation',
            purpose: 'Lets you share articles on LinkedIn.',
            privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
            cookies: [
              { name: 'bcookie', domain: '.linkedin.com', expiry: '1 year', description: 'Identifies the browser to LinkedIn (set by linkedin.com).' },
              { name: 'lidc', domain: '.linkedin.com', expiry: '24 hours', description: 'Chooses a LinkedIn data centre (set by linkedin.com).' },
            ],
          },
          {
            id: 'x-twitter',
            name: 'X (Twitter) embedded posts and share button',
            provider: 'X Corp.',
            purpose: 'Shows posts from X and lets you share articles on X.',
            privacyPolicyUrl: 'https://x.com/en/privacy',
            cookies: [
              { name: 'guest_id', domain: '.x.com', expiry: '2 years', description: 'Identifies a signed-out visitor to X (set by x.com).' },
            ],
          },
        ],
      },
    ],
  };

  // --- The demo switcher: ?regime=, ?region=, ?dnt= and the UI's ?layout=, ?lang=, … ----------
  var REGIMES = ['auto', 'opt-in', 'opt-out', 'notice'];
  var DNT = ['honor', 'ignore'];
  var REGION = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/;
  var LAYOUTS = ['bar', 'box', 'modal'];
  // An edge for the bar, a corner for the box (the bar spans the width, so a corner means its edge).
  var POSITIONS = ['bottom', 'top', 'bottom-left', 'bottom-right', 'top-left', 'top-right'];
  var THEMES = ['auto', 'light', 'dark'];
  var REOPEN = ['auto', 'false', 'bottom-left', 'bottom-right', 'top-left', 'top-right'];
  var BLOCK = { 1: true, true: true, 0: false, false: false };
  // English is built in; the rest are the files in dist/i18n/ (src/ui/i18n/pick.ts, LANGUAGES).
  var LANGUAGES = ('en ar bg cs da de el es et fi fr ga he hr hu is it ja ko lt lv mt nl no pl pt pt-br ' +
    'ro sk sl sv tr uk zh').split(' ');
  var LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

  /** A tag the UI has a translation for: `de`, `pt-BR`, or a regional `de-AT` (shown in German). */
  function isLanguage(tag) {
    return LANGUAGE_TAG.test(tag) &&
      (LANGUAGES.indexOf(tag.toLowerCase()) >= 0 || LANGUAGES.indexOf(tag.split('-')[0].toLowerCase()) >= 0);
  }

  function oneOf(values) {
    return function (v) { return values.indexOf(v) >= 0; };
  }

  var params = new URLSearchParams(window.location.search);
  var applied = {};
  var ignored = [];

  function take(name, accept, apply) {
    var value = params.get(name);
    if (value === null || value === '') return;
    if (accept(value)) {
      applied[name] = value;
      apply(value);
    } else {
      ignored.push(name + '=' + value);
    }
  }

  take('regime', oneOf(REGIMES), function (v) { config.regime = v; });
  take('region', function (v) { return REGION.test(v); }, function (v) { config.region = v.toUpperCase(); applied.region = config.region; });
  take('dnt', oneOf(DNT), function (v) { config.signals = { dnt: v }; });
  take('layout', oneOf(LAYOUTS), function (v) { config.ui.layout = v; });
  take('block', function (v) { return Object.prototype.hasOwnProperty.call(BLOCK, v); }, function (v) { config.ui.block = BLOCK[v]; });
  take('position', oneOf(POSITIONS), function (v) { config.ui.position = v; });
  take('theme', oneOf(THEMES), function (v) { config.ui.theme = v; });
  take('lang', isLanguage, function (v) { config.ui.language = v; });
  take('reopen', oneOf(REOPEN), function (v) { config.ui.reopen = v === 'false' ? false : v; });

  // `npm start` runs the records service beside the demo and names it in service.js: each
  // decision's receipt goes there (the receipts add-on, /dist/consentgate-receipts.js).
  var service = window.consentgateDemoService;
  if (service && typeof service.receipts === 'string') config.receipts = { endpoint: service.receipts };

  window.consentgateConfig = config;
  window.consentgateDemo = Object.freeze({ applied: Object.freeze(applied), ignored: Object.freeze(ignored) });
})();
