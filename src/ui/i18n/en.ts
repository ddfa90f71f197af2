// English, built into the script-tag bundle. Every other language is a file of its own with
// exactly these keys (a unit test checks), loaded only when a page needs it. The core holds no
// display text: the built-in categories' names and descriptions are here, as `<id>Name` and
// `<id>Info`, and a category's own `label` / `description` in the config wins over them.
const en = {
  title: 'Cookies and privacy',
  text: 'We use cookies and similar technologies to run this site and, if you allow it, for analytics, advertising and embedded content.',
  policy: 'Privacy policy',
  accept: 'Accept all',
  reject: 'Reject all',
  customise: 'Customise',
  prefs: 'Privacy preferences',
  intro: 'Choose what you allow. You can change your choices at any time.',
  save: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  services: 'Services',
  provider: 'Provider',
  purpose: 'Purpose',
  cookies: 'Cookies',
  name: 'Name',
  service: 'Service',
  expiry: 'Lifetime',
  description: 'Description',
  settings: 'Privacy settings',
  content: 'Embedded content',
  from: 'from',
  blocked: 'Blocked until you allow it, as it shares data with its provider.',
  allow: 'Allow {}',
  saved: 'Your choices were saved.',
  choices: 'Your Privacy Choices',
  dns: 'Do Not Sell or Share My Personal Information',
  sale: 'Sale and sharing of personal information',
  saleText: 'Turn this off to opt out of the sale of your personal information and its sharing for targeted advertising.',
  honored: 'Opt-Out Request Honored',
  conflict: 'Your browser sends an opt-out signal (Global Privacy Control), so your earlier permission to sell or share your personal information is paused.',
  confirm: 'Keep my permission',
  dismiss: 'Dismiss',
  icon: 'California Consumer Privacy Act (CCPA) Opt-Out Icon',
  necessaryName: 'Strictly necessary',
  necessaryInfo: 'Needed for the site to work, such as remembering this choice. Always on.',
  functionalName: 'Functional',
  functionalInfo: 'Remembers preferences such as language and layout.',
  analyticsName: 'Analytics',
  analyticsInfo: 'Counts visits and measures how the site is used.',
  advertisingName: 'Advertising',
  advertisingInfo: 'Measures and personalises ads, on this site and elsewhere.',
  session_replayName: 'Session replay',
  session_replayInfo: 'Records clicks, scrolling and typing to replay visits.',
  socialName: 'Social media',
  socialInfo: 'Embedded posts, videos and share buttons from social networks.',
};

export type TextKey = keyof typeof en;
/** Every piece of wording the UI shows, by key. */
export type Texts = Record<TextKey, string>;

export default en as Texts;
