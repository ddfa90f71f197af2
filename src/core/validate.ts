import type { CookieDeclaration, Regime, ResolvedCategory, ResolvedConfig, ResolvedService } from '../types';
import { BUILTIN_CATEGORIES, NECESSARY, SESSION_REPLAY } from './builtin-categories';
import {
  fields, is, isObject, isRegExp, list, matching, nameOrPattern, oneOf, url,
  type Check, type Checked, type Fail,
} from './check';
import { REGIMES, isRegionCode } from './regime';

export interface ValidationResult {
  config: ResolvedConfig;
  /** Each names the field and what is wrong; non-empty means the config must not grant anything. */
  errors: string[];
  /** Top-level keys nothing reads, each with the closest known key; they change no grant. */
  unknown: ConfigWarning[];
}

/** A config key that does nothing, and the message that says so. */
export interface ConfigWarning {
  key: string;
  message: string;
}

const MAX_LIFETIME_DAYS = 400; // browsers cap cookie lifetime at 400 days (RFC 6265bis)

const cookieFields = fields({ name: nameOrPattern, domain: 'string', expiry: 'string', description: 'string' } as const, ['name']);

const cookie: Check<CookieDeclaration> = (value, path, fail) => {
  if (typeof value === 'string' || isRegExp(value)) return { name: value };
  if (!isObject(value)) return fail(path, 'must be a string or RegExp, or an object with a name');
  const checked = cookieFields(value, path, fail);
  return checked?.name === undefined ? undefined : (checked as CookieDeclaration);
};

const SERVICE = {
  id: matching(/^[A-Za-z0-9][\w-]{0,63}$/, 'an id such as "google-analytics" (letters, digits, _ or -)'),
  name: 'string',
  provider: 'string',
  purpose: 'string',
  privacyPolicyUrl: url,
  cookies: list(cookie),
  storageKeys: list(nameOrPattern),
  sale: 'boolean',
  share: 'boolean',
} as const;

/** A category's fields but `services`, which `categories()` adds. */
const CATEGORY = {
  id: matching(/^[a-z][a-z0-9_-]{0,31}$/, 'a lowercase id such as "analytics" (a-z, 0-9, _ or -)'),
  label: 'string',
  description: 'string',
  required: 'boolean',
  default: 'boolean',
  sale: 'boolean',
  share: 'boolean',
} as const;

type CheckedCategory = Checked<typeof CATEGORY> & { services?: Checked<typeof SERVICE>[] };

/** The `categories` check for one config: ids must be unique across it (categories and services each). */
function categories(): Check<CheckedCategory[]> {
  const seen = new Set<string>();
  const unique =
    (kind: string, id: Check<string>): Check<string> =>
    (value, path, fail) => {
      const checked = id(value, path, fail);
      if (checked !== undefined) {
        if (seen.has(kind + checked)) return fail(path, `"${checked}" is used twice`);
        seen.add(kind + checked);
      }
      return checked;
    };
  const category = fields(
    { ...CATEGORY, id: unique('c', CATEGORY.id), services: list(fields({ ...SERVICE, id: unique('s', SERVICE.id) }, ['id', 'name'])) },
    ['id'],
  );
  return list((value, path, fail) => {
    const entry = category(value, path, fail);
    if (entry?.id === NECESSARY && entry.required === false) fail(`${path}.required`, 'cannot be false: necessary is always on');
    if (entry?.id === SESSION_REPLAY && entry.default) fail(`${path}.default`, 'cannot be true: session replay is opt-in everywhere');
    return entry;
  });
}

const region: Check<string> = (value, path, fail) =>
  typeof value === 'string' && isRegionCode(value) ? value.toUpperCase() : fail(path, 'must be an ISO 3166 code such as "DE" or "US-CA"');

const regime = oneOf(REGIMES);

const regimes: Check<Record<string, Regime>> = (value, path, fail) => {
  if (!isObject(value)) return fail(path, 'must be an object');
  const checked: Record<string, Regime> = {};
  for (const key of Object.keys(value)) {
    const at = `${path}[${JSON.stringify(key)}]`;
    const code = region(key, at, fail);
    const chosen = regime(value[key], at, fail);
    if (code && chosen) checked[code] = chosen;
  }
  return checked;
};

const revision = matching(/^[\w.-]{1,32}$/, 'a number or a string of up to 32 letters, digits, ".", "_" or "-"');

/** The top-level keys the core reads, but `categories`; the other layers check their own (`gate`, `ui`, …). */
const CONFIG = {
  revision: ((value, path, fail) =>
    revision(typeof value === 'number' && Number.isFinite(value) ? String(value) : value, path, fail)) as Check<string>,
  lifetimeDays: is<number>(
    (v) => typeof v === 'number' && v >= 1 && v <= MAX_LIFETIME_DAYS,
    `must be a number of days from 1 to ${MAX_LIFETIME_DAYS}`,
  ),
  cookie: fields({
    name: matching(/^[\w!#$%&'*+.^`|~-]{1,64}$/, 'a cookie name (letters, digits, _ . - ...)'),
    domain: matching(/^\.?[a-z0-9.-]+$/i, 'a domain such as example.com'),
    path: matching(/^\/[^;\s]*$/, 'a path starting with /'),
  }),
  regime: oneOf(['auto', ...REGIMES] as const),
  region,
  regimes,
  signals: fields({ dnt: oneOf(['honor', 'ignore'] as const) }),
  privacyPolicyUrl: url,
};

/**
 * The top-level keys of `Config` that the other layers read, then those only an add-on reads (the
 * script tag reports them when their add-on is missing); the core's own come from its checks.
 */
const LAYER_KEYS = 'gate ui consentMode dataLayer vendors';
export const ADDON_KEYS = 'gpp usp receipts frames';

/**
 * Checks a site's configuration and fills in defaults. Never throws: every problem becomes
 * a message naming the field (`consentgate: categories[2].services[0].cookies[1] must be …`).
 */
export function validateConfig(input: unknown): ValidationResult {
  const errors: string[] = [];
  const unknown: ValidationResult['unknown'] = [];
  const fail: Fail = (path, problem) => {
    errors.push(`consentgate: ${path} ${problem}`);
  };
  try {
    return { config: resolve(input ?? {}, fail, unknown), errors, unknown };
  } catch (cause) {
    fail('config', `could not be read (${String(cause)})`);
    return { config: resolve({}, fail, unknown), errors, unknown };
  }
}

function resolve(input: unknown, fail: Fail, unknown: ValidationResult['unknown']): ResolvedConfig {
  const raw: Record<string, unknown> = isObject(input) ? input : (fail('config', 'must be an object') ?? {});
  const checks: Record<string, Check> = { categories: categories(), ...CONFIG };
  const top: Checked<typeof CONFIG> & { categories?: CheckedCategory[] } = {};
  for (const key in checks) {
    if (raw[key] !== undefined) (top as Record<string, unknown>)[key] = checks[key]!(raw[key], key, fail);
  }
  // A misspelt key does nothing, and a site owner would never know: name the likeliest one meant.
  const known = [...Object.keys(checks), ...`${LAYER_KEYS} ${ADDON_KEYS}`.split(' ')];
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) unknown.push({ key, message: `consentgate: unknown key "${key}" (did you mean "${closest(key, known)}"?)` });
  }
  return {
    categories: resolveCategories(top.categories ?? BUILTIN_CATEGORIES),
    revision: top.revision ?? '1',
    lifetimeDays: top.lifetimeDays ?? 182,
    cookie: { name: 'consentgate', path: '/', ...top.cookie },
    // A regime that fails validation falls back to the strictest, not to 'auto'.
    regime: raw.regime === undefined ? 'auto' : (top.regime ?? 'opt-in'),
    region: top.region,
    regimes: top.regimes ?? {},
    dnt: top.signals?.dnt ?? 'honor',
    privacyPolicyUrl: top.privacyPolicyUrl ?? '',
  };
}

/** Fills in each category from its built-in namesake, and each service from its category. */
function resolveCategories(entries: readonly CheckedCategory[]): ResolvedCategory[] {
  const resolved: ResolvedCategory[] = [];
  for (const { services = [], ...entry } of entries) {
    const { id } = entry;
    if (!id) continue;
    const category = {
      required: false,
      default: false,
      sale: false,
      share: false,
      ...BUILTIN_CATEGORIES.find((c) => c.id === id),
      ...entry,
      id,
      services: [] as ResolvedService[],
    };
    category.required ||= id === NECESSARY;
    category.default &&= id !== SESSION_REPLAY;
    // One literal of one shape per service: large configs resolve fast.
    for (const s of services) {
      if (s.id) {
        category.services.push({
          id: s.id,
          name: s.name ?? s.id,
          category: id,
          provider: s.provider ?? '',
          purpose: s.purpose ?? '',
          privacyPolicyUrl: s.privacyPolicyUrl ?? '',
          cookies: s.cookies ?? [],
          storageKeys: s.storageKeys ?? [],
          sale: s.sale ?? category.sale,
          share: s.share ?? category.share,
        });
      }
    }
    resolved.push(category);
  }
  // Necessary always exists (the consent cookie itself belongs to it); added first if left out.
  if (!resolved.some((c) => c.id === NECESSARY)) resolved.unshift({ ...BUILTIN_CATEGORIES[0]!, services: [] });
  return resolved;
}

/**
 * The word in `words` most like `word`, case aside: the one sharing the largest part of their
 * letter pairs (a Sørensen–Dice ranking: "gaet" → "gate", "categorys" → "categories"). Much
 * smaller than an edit distance, and as good for a dozen keys that share few pairs.
 */
function closest(word: string, words: string[]): string {
  const lower = word.toLowerCase();
  const score = (key: string) =>
    [...lower].filter((c, i) => key.toLowerCase().includes(lower[i - 1] + c)).length / (key.length + lower.length);
  return words.reduce((best, next) => (score(next) > score(best) ? next : best));
}
