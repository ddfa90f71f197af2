// Public type contracts. Types only: nothing here exists at run time.

/** How the law treats non-essential storage where the visitor is. */
export type Regime = 'opt-in' | 'opt-out' | 'notice';

/** Why a category or service is on or off. */
export type Reason = 'necessary' | 'choice' | 'default' | 'gpc' | 'dnt';

/** How a decision was made. `gpc`/`dnt` mark records written only to remember a signal opt-out. */
export type Method = 'accept-all' | 'reject-all' | 'custom' | 'api' | 'gpc' | 'dnt';

/** The privacy signals a browser sent on this page load. */
export interface Signals {
  /** `navigator.globalPrivacyControl === true`, nothing else. */
  readonly gpc: boolean;
  /** A Do Not Track value of `'1'` or `'yes'` was found. */
  readonly dnt: boolean;
}

export interface CookieDeclaration {
  /** Exact name, or a pattern for families such as `_ga_XXXX`. */
  name: string | RegExp;
  domain?: string;
  /** Human-readable lifetime shown to visitors, e.g. "2 years". */
  expiry?: string;
  description?: string;
}

export interface ServiceConfig {
  id: string;
  name: string;
  provider?: string;
  purpose?: string;
  privacyPolicyUrl?: string;
  cookies?: Array<string | RegExp | CookieDeclaration>;
  /** localStorage / sessionStorage keys the service writes (names or patterns). */
  storageKeys?: Array<string | RegExp>;
  /** US: sharing with this vendor is a "sale". Defaults from the category. */
  sale?: boolean;
  /** US: cross-context behavioural advertising ("share"). Defaults from the category. */
  share?: boolean;
}

export interface CategoryConfig {
  id: string;
  label?: string;
  description?: string;
  /** Always on; the visitor cannot switch it off. */
  required?: boolean;
  /** State in the opt-out and notice regimes before any choice. Ignored in opt-in. */
  default?: boolean;
  sale?: boolean;
  share?: boolean;
  services?: ServiceConfig[];
}

export interface CookieOptions {
  name?: string;
  /** Set to the registrable domain (e.g. `example.com`) to share consent across subdomains. */
  domain?: string;
  path?: string;
}

export interface Config {
  /** Omit to use the built-in set: necessary, functional, analytics, advertising, session_replay, social. */
  categories?: CategoryConfig[];
  /** Bump to ask everyone again. Letters, digits, `.`, `_`, `-`; up to 32 characters. */
  revision?: string | number;
  /** How long a decision stands, in days (1–400). Default 182. */
  lifetimeDays?: number;
  cookie?: CookieOptions;
  /** `auto` picks the regime from the region. */
  regime?: 'auto' | Regime;
  /** Region hint such as `DE`, `US-CA`, `GB`; else the time zone is used. */
  region?: string;
  /** Per-region regime overrides, e.g. `{ JP: 'notice', 'US-TX': 'opt-in' }`. */
  regimes?: Record<string, Regime>;
  signals?: {
    /** Treat Do Not Track like GPC (`honor`, the default) or not at all (`ignore`). */
    dnt?: 'honor' | 'ignore';
  };
  privacyPolicyUrl?: string;
  /** Script, embed and tracker gating (see `GateOptions`). */
  gate?: GateOptions;
  /** The visitor-facing banner and dialog (see `UiOptions`); the core ignores it. */
  ui?: UiOptions;
  /** Google Consent Mode v2 (on by default in the script-tag bundle); `false` switches it off. */
  consentMode?: ConsentModeOptions | false;
  /** The `dataLayer` event sent on load and on every decision; `false` switches it off. */
  dataLayer?: DataLayerOptions | false;
  /** Vendors' own consent calls (Meta, Microsoft UET and Clarity, TikTok, the site's own). */
  vendors?: VendorOptions | false;
  /** IAB GPP (`__gpp`): read by the `consentgate-gpp.js` add-on. */
  gpp?: GppOptions;
  /** Legacy IAB US Privacy (`__uspapi`), only when set: read by the `consentgate-gpp.js` add-on. */
  usp?: UspOptions | boolean;
  /** Proof of consent: a receipt posted to the site's endpoint on every decision. */
  receipts?: ReceiptOptions;
  /**
   * Cross-site frames of the site's own (e.g. `https://embed.example.com`) that may store the
   * decision through this page: their consentgate reads and writes this page's record by
   * `postMessage`, with no third-party cookie. Any frame may read; only these origins may write.
   */
  frames?: { origins?: string[] };
}

/** The state of one category or one service. */
export interface Grant {
  readonly granted: boolean;
  readonly reason: Reason;
}

export interface ServiceState extends Grant {
  readonly category: string;
}

/** What is stored about a decision. The cookie is a cache of it, not a proof. */
export interface ConsentRecord {
  readonly id: string;
  readonly revision: string;
  readonly regime: Regime;
  /** Unix milliseconds. */
  readonly created: number;
  readonly updated: number;
  readonly method: Method;
  /** Explicit choices per category; empty for a record that only remembers a signal opt-out. */
  readonly categories: Readonly<Record<string, boolean>>;
  /** Per-service choices that differ from their category. */
  readonly services: Readonly<Record<string, boolean>>;
  /** The signals present when the decision was made. */
  readonly signals: Signals;
  /** A signal opt-out to remember when the signal is later absent (CCPA §7025(c)(5)). */
  readonly optOut: 'gpc' | 'dnt' | null;
  readonly uiVersion: string;
}

/** A frozen snapshot of everything the manager knows. */
export interface ConsentState {
  readonly regime: Regime;
  /** The region used to pick the regime (`null` when unknown). */
  readonly region: string | null;
  readonly signals: Signals;
  readonly categories: Readonly<Record<string, Grant>>;
  readonly services: Readonly<Record<string, ServiceState>>;
  /** True while the visitor has not decided for the current policy revision. */
  readonly needsDecision: boolean;
  readonly record: ConsentRecord | null;
  /** False when the decision could not be stored (cookies blocked): it holds for this page only. */
  readonly persisted: boolean;
  /** Configuration problems found at start-up; non-empty means everything but necessary is off. */
  readonly configErrors: readonly string[];
  /**
   * Config keys that do nothing, each with what to do: a misspelt top-level key (naming the
   * closest known one), or a feature key whose add-on is not on the page. They lock nothing.
   */
  readonly configWarnings: readonly string[];
}

export interface ChangeEvent {
  readonly state: ConsentState;
  readonly previous: ConsentState;
  /** Categories whose `granted` flipped. */
  readonly changed: readonly string[];
}

export interface DecisionEvent {
  readonly state: ConsentState;
  readonly method: Method;
}

/** A problem not worth throwing into the page; `message` names it, the other fields say what it is about. */
export interface ErrorEvent {
  readonly message: string;
  readonly cause?: unknown;
  /** A privacy signal that could not be read (its getter threw): it counts as on, an opt-out. */
  readonly signal?: 'gpc' | 'dnt';
  /** A config key that does nothing (see `ConsentState.configWarnings`). */
  readonly key?: string;
}

export interface ConsentEvents {
  change: ChangeEvent;
  decision: DecisionEvent;
  error: ErrorEvent;
}

export type Unsubscribe = () => void;

/** Where a decision is kept. Given to the core so it never touches cookies itself. */
export interface StorageAdapter {
  read(name: string): string | undefined;
  /** Returns false when the value could not be stored. */
  write(name: string, value: string, options: StorageWriteOptions): boolean;
  remove(name: string, options: StorageWriteOptions): void;
}

export interface StorageWriteOptions {
  maxAgeDays: number;
  domain?: string;
  path: string;
}

/** The navigator-like objects signals are read from. */
export interface SignalSource {
  navigator?: unknown;
  window?: unknown;
}

export interface Env {
  storage: StorageAdapter;
  signals: SignalSource;
  /** Unix milliseconds. */
  clock: () => number;
  /** Fills the array with cryptographically strong random bytes. */
  random: (bytes: Uint8Array) => Uint8Array;
  /** IANA time zone of the visitor, e.g. `Europe/Berlin`. */
  timeZone: () => string | undefined;
}

export interface ConsentManager {
  get(category: string): boolean;
  getService(id: string): boolean;
  state(): ConsentState;
  acceptAll(): void;
  rejectAll(): void;
  /** Sets categories (and optionally services); the rest keep their current state. */
  set(categories: Record<string, boolean>, services?: Record<string, boolean>, method?: Method): void;
  /** Forgets the stored decision (a remembered signal opt-out stays) and asks again. */
  reset(): void;
  /**
   * Reads the privacy signals and the stored decision again: after another tab decided, or
   * when the page comes back from the back/forward cache.
   */
  refresh(): void;
  on<K extends keyof ConsentEvents>(event: K, listener: (payload: ConsentEvents[K]) => void): Unsubscribe;
  /** Resolves once the category is granted (at once if it already is). */
  whenGranted(category: string): Promise<void>;
  readonly signals: Signals;
  readonly record: ConsentRecord | null;
  /** The validated configuration in use. */
  readonly config: ResolvedConfig;
}

export interface ResolvedCategory {
  readonly id: string;
  /** Only what the site configured: the UI names and describes built-in ids in each language. */
  readonly label?: string;
  readonly description?: string;
  readonly required: boolean;
  readonly default: boolean;
  readonly sale: boolean;
  readonly share: boolean;
  readonly services: readonly ResolvedService[];
}

export interface ResolvedService {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly provider: string;
  readonly purpose: string;
  readonly privacyPolicyUrl: string;
  readonly cookies: readonly CookieDeclaration[];
  readonly storageKeys: ReadonlyArray<string | RegExp>;
  readonly sale: boolean;
  readonly share: boolean;
}

export interface ResolvedConfig {
  readonly categories: readonly ResolvedCategory[];
  readonly revision: string;
  readonly lifetimeDays: number;
  readonly cookie: { readonly name: string; readonly domain?: string; readonly path: string };
  readonly regime: 'auto' | Regime;
  readonly region?: string;
  readonly regimes: Readonly<Record<string, Regime>>;
  readonly dnt: 'honor' | 'ignore';
  readonly privacyPolicyUrl: string;
}

/** Requests to a host (and its subdomains), optionally only under a path, belong to a category. */
export interface GateRule {
  /** `example.com` also covers `www.example.com`. */
  host: string;
  /** A prefix of path and query, e.g. `/tr` or `/gtag/js?id=AW-`. */
  path?: string;
  category: string;
  /** Also require this service (and clean its cookies on withdrawal). */
  service?: string;
}

/** How the gate treats the page. Invalid options keep everything but necessary blocked. */
export interface GateOptions {
  /** Hold back trackers that code or markup adds without `data-consent`, by the rule list. Default true. */
  autoBlock?: boolean;
  /** The site's own rules; checked before the built-in vendor list. */
  rules?: GateRule[];
  /** `false` drops the built-in vendor list (then only `rules` apply). */
  builtinRules?: boolean;
  /** Hosts never blocked, subdomains included (the site's CDN, a first-party analytics proxy). */
  firstParty?: string[];
  /** Also drop `fetch`, `XMLHttpRequest` and `sendBeacon` calls to blocked hosts. Default false. */
  network?: boolean;
  /** Reload the page once when a category whose scripts already ran is withdrawn. Default false. */
  reloadOnWithdraw?: boolean;
  /**
   * Called in the withdrawal's own task, e.g. to call vendors' own opt-out functions. By then the
   * storage keys are deleted and the cookies in their likeliest place; the rest follow within a few tasks.
   */
  onWithdraw?: (categories: string[], services: string[]) => void;
  /**
   * Placeholder wording for blocked embeds (plain text, never HTML). Each one left out comes from
   * the UI's language (script tag; the UI's `text` option sets it for both), else English. `allow`
   * names what it allows where it says `{}` ("{} erlauben"), or after it.
   */
  texts?: Partial<Record<'content' | 'from' | 'blocked' | 'allow' | 'settings', string>>;
}

/**
 * The visitor-facing UI (`consentgate/ui`, and the script tag's `ui` config key). Checked by the
 * UI itself: a wrong value is reported by name and replaced by its default, so the banner still shows.
 */
export interface UiOptions {
  /** First layer: a full-width `bar`, a corner `box`, or a centred `modal`. Default `bar`. */
  layout?: 'bar' | 'box' | 'modal';
  /** An edge for the bar, a corner for the box. Default `bottom` (the box: `bottom-right`). */
  position?: 'bottom' | 'top' | 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';
  /** Modal only: block the page until the visitor decides. Default false. */
  block?: boolean;
  /**
   * The floating button that re-opens the preferences (in the opt-out regime it reads "Your
   * Privacy Choices"). `auto`, the default, shows it bottom-left only when the page has no
   * `data-consentgate="open-preferences"` or `"privacy-choices"` element.
   */
  reopen?: 'auto' | false | 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';
  /** Opt-out regime links: "Your Privacy Choices" with the CPPA icon, "Do Not Sell or Share…", or both. Default `choices`. */
  optOutLink?: 'choices' | 'dns' | 'both';
  /** Default `auto`: follows `prefers-color-scheme`. */
  theme?: 'auto' | 'light' | 'dark';
  /** A BCP 47 tag. Default: `<html lang>`, then `navigator.language`; English when no translation exists. */
  language?: string;
  /** Replaces built-in wording by key (plain text, never HTML). */
  text?: Record<string, string>;
  /** Stylesheet for browsers without constructable stylesheets. Default: `consentgate.css` beside the script. */
  stylesheet?: string;
}

/** Google Consent Mode v2 consent types. */
export type ConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

export type ConsentValue = 'granted' | 'denied';

/** A `default` scoped to regions (ISO 3166-1 or 3166-2 codes such as `ES`, `US-CA`); the more specific one wins. */
export type ConsentModeRegionDefault = { region: string[] } & Partial<Record<ConsentType, ConsentValue>>;

/**
 * Google Consent Mode v2. Invalid fields are reported and fall back to their strict default.
 * Basic mode is the default: gate the Google tag (`<script type="text/plain" data-consent=…>`;
 * one that code inserts is also held by the gate's built-in rules) and nothing reaches Google
 * before consent. Advanced mode is enabled only per region, by `advanced`; the commands are the same.
 */
export interface ConsentModeOptions {
  /** Category or service id -> the consent types it grants. Replaces the built-in map (`CONSENT_TYPES`). */
  map?: Record<string, ConsentType[]>;
  /** Milliseconds Google tags wait for an `update` after the `default`. Default 500. */
  waitForUpdate?: number;
  /** Extra region-scoped `default` commands. */
  regions?: ConsentModeRegionDefault[];
  /** Redact ad click ids while `ad_storage` is denied. Default true. */
  adsDataRedaction?: boolean;
  /** Carry click ids in URLs when cookies are denied (link decoration). Default false. */
  urlPassthrough?: boolean;
  /** A developer id issued to you by Google, sent as `developer_id.<id>`; never set one that is not yours. */
  developerId?: string;
  /**
   * Regions (ISO 3166 codes such as `US`, `US-CA`; a country covers its subdivisions) where
   * advanced mode applies: the gate stops blocking the Google tag hosts, so a tag the page loads
   * ungated runs before consent and sends cookieless pings while denied. An unknown region never
   * matches; an invalid list is reported and means basic mode everywhere. Default `[]`.
   */
  advanced?: string[];
}

export interface DataLayerOptions {
  /** The event name GTM triggers listen for (on `window.dataLayer`). Default `consentgate_update`. */
  event?: string;
}

/** A vendor of the site's own: told on grant and on withdrawal of the category or service it follows. */
export interface SiteVendor {
  /** A category id, or a service id for a finer switch. */
  category: string;
  grant(): void;
  revoke(): void;
}

/** Which category or service each built-in vendor follows (`false` silences one). */
export interface VendorOptions {
  /** Meta pixel `fbq('consent', 'grant' | 'revoke')`. Default `advertising`. */
  meta?: string | false;
  /** Microsoft UET `uetq.push('consent', 'update', { ad_storage })`. Default `advertising`. */
  uet?: string | false;
  /** TikTok pixel `ttq.grantConsent()` / `revokeConsent()` / `holdConsent()`. Default `advertising`. */
  tiktok?: string | false;
  /** Microsoft Clarity `clarity('consentv2', { ad_Storage, analytics_Storage })`. */
  clarity?: { ads: string; analytics: string } | false;
  custom?: SiteVendor[];
}

/** A GPP notice field: 0 not applicable, 1 notice given, 2 not given. */
export type GppNotice = 0 | 1 | 2;

/** IAB Global Privacy Platform (US National and the US state sections). */
export interface GppOptions {
  /** IAB CMP id; 1 (the value for unregistered CMPs) unless you have one. */
  cmpId?: number;
  /** Which notices the site gives. Defaults: processing and the four sale/sharing/targeted-advertising notices 1, sensitive-data notices 0. */
  notices?: Partial<
    Record<
      | 'processing'
      | 'sharing'
      | 'saleOptOut'
      | 'sharingOptOut'
      | 'targetedAdvertisingOptOut'
      | 'sensitiveDataProcessingOptOut'
      | 'sensitiveDataLimitUse',
      GppNotice
    >
  >;
  /** MSPA: 1 if the site signed the Multi-State Privacy Agreement and the transaction is covered. Default 2. */
  mspaCoveredTransaction?: 1 | 2;
  mspaOptOutOptionMode?: 0 | 1 | 2;
  mspaServiceProviderMode?: 0 | 1 | 2;
  /** `usnat` only, the visitor's state section only (usnat where the state has none), or both. Default `both`. */
  sections?: 'national' | 'state' | 'both';
  /** KnownChildSensitiveDataConsents: 0 not applicable (default), 1 no consent, 2 consent. */
  knownChild?: 0 | 1 | 2;
  /** Category or service ids that process sensitive data: SensitiveDataProcessing says whether the visitor consented to them. */
  sensitiveData?: string[];
}

/** Legacy US Privacy string `1YNN`: notice given, opted out of sale, LSPA covered. */
export interface UspOptions {
  /** Explicit notice and opportunity to opt out given. Default true. */
  notice?: boolean;
  /** The site signed the IAB LSPA. Default false. */
  lspa?: boolean;
}

export interface ReceiptOptions {
  /** Where receipts are posted (JSON sent as `text/plain` so no CORS preflight is needed). */
  endpoint: string;
}

/** The JSON posted to `receipts.endpoint` (schema/receipt.schema.json). */
export interface Receipt {
  readonly v: 1;
  readonly id: string;
  /** ISO 8601, when the decision was made. */
  readonly time: string;
  readonly revision: string;
  readonly regime: Regime;
  readonly region: string | null;
  readonly method: Method;
  /** What the visitor chose, per category and per service. */
  readonly choices: { readonly categories: Readonly<Record<string, boolean>>; readonly services: Readonly<Record<string, boolean>> };
  /** What is in force after signals, per category. */
  readonly granted: Readonly<Record<string, boolean>>;
  readonly signals: Signals;
  readonly language: string | null;
  readonly uiVersion: string;
  /** The page, without query or fragment. */
  readonly url: string;
}
