import type {
  CategoryConfig,
  CookieDeclaration,
  Regime,
  ResolvedCategory,
  ResolvedConfig,
  ResolvedService,
} from '../types';
import { BUILTIN_CATEGORIES, NECESSARY, SESSION_REPLAY } from './builtin-categories';
import { isRegionCode } from './regime';

export interface ValidationResult {
  config: ResolvedConfig;
  /** Each names the field and what is wrong; non-empty means the config must not grant anything. */
  errors: string[];
}

const CATEGORY_ID = /^[a-z][a-z0-9_-]{0,31}$/;
const SERVICE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const REVISION = /^[\w.-]{1,32}$/;
const COOKIE_NAME = /^[\w!#$%&'*+.^`|~-]{1,64}$/;
const REGIMES: readonly Regime[] = ['opt-in', 'opt-out', 'notice'];
const DEFAULT_LIFETIME_DAYS = 182;
const MAX_LIFETIME_DAYS = 400; // browsers cap cookie lifetime at 400 days (RFC 6265bis)

const CATEGORY_KEYS = ['id', 'label', 'description', 'required', 'default', 'sale', 'share', 'services'];
const SERVICE_KEYS = [
  'id', 'name', 'provider', 'purpose', 'privacyPolicyUrl', 'cookies', 'storageKeys', 'sale', 'share',
];
const COOKIE_KEYS = ['name', 'domain', 'expiry', 'description'];

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);

/**
 * Checks a site's configuration and fills in defaults. Never throws: every problem becomes
 * a message naming the field (`consentgate: categories[2].services[0].cookies[1] must be …`).
 */
export function validateConfig(input: unknown): ValidationResult {
  const errors: string[] = [];
  const fail = (path: string, problem: string): void => {
    errors.push(`consentgate: ${path} ${problem}`);
  };
  try {
    return { config: resolve(input ?? {}, fail), errors };
  } catch (cause) {
    fail('config', `could not be read (${String(cause)})`);
    return { config: resolve({}, () => undefined), errors };
  }
}

type Fail = (path: string, problem: string) => void;

function resolve(input: unknown, fail: Fail): ResolvedConfig {
  if (!isObject(input)) {
    fail('config', 'must be an object');
    input = {};
  }
  const raw = input as Obj;
  const cookie = isObject(raw.cookie) ? raw.cookie : {};
  if (raw.cookie !== undefined && !isObject(raw.cookie)) fail('cookie', 'must be an object');

  const signals = raw.signals;
  let dnt: 'honor' | 'ignore' = 'honor';
  if (signals !== undefined) {
    if (!isObject(signals)) fail('signals', 'must be an object');
    else if (signals.dnt !== undefined) {
      if (signals.dnt === 'honor' || signals.dnt === 'ignore') dnt = signals.dnt;
      else fail('signals.dnt', "must be 'honor' or 'ignore'");
    }
  }

  return {
    categories: resolveCategories(raw.categories, fail),
    revision: resolveRevision(raw.revision, fail),
    lifetimeDays: resolveLifetime(raw.lifetimeDays, fail),
    cookie: {
      name: optionalMatch(cookie.name, COOKIE_NAME, 'cookie.name', 'a cookie name (letters, digits, _ . - …)', fail) ?? 'consentgate',
      domain: optionalMatch(cookie.domain, /^\.?[a-z0-9.-]+$/i, 'cookie.domain', 'a domain such as example.com', fail),
      path: optionalMatch(cookie.path, /^\/[^;\s]*$/, 'cookie.path', 'a path starting with /', fail) ?? '/',
    },
    regime: resolveRegime(raw.regime, fail),
    region: resolveRegion(raw.region, 'region', fail),
    regimes: resolveRegimeOverrides(raw.regimes, fail),
    dnt,
    privacyPolicyUrl: optionalUrl(raw.privacyPolicyUrl, 'privacyPolicyUrl', fail) ?? '',
  };
}

function resolveRevision(value: unknown, fail: Fail): string {
  if (value === undefined) return '1';
  if (typeof value === 'number' && Number.isFinite(value)) return resolveRevision(String(value), fail);
  if (typeof value === 'string' && REVISION.test(value)) return value;
  fail('revision', 'must be a number or a string of up to 32 letters, digits, ".", "_" or "-"');
  return '1';
}

function resolveLifetime(value: unknown, fail: Fail): number {
  if (value === undefined) return DEFAULT_LIFETIME_DAYS;
  if (typeof value === 'number' && value >= 1 && value <= MAX_LIFETIME_DAYS) return value;
  fail('lifetimeDays', `must be a number of days from 1 to ${MAX_LIFETIME_DAYS}`);
  return DEFAULT_LIFETIME_DAYS;
}

function resolveRegime(value: unknown, fail: Fail): 'auto' | Regime {
  if (value === undefined || value === 'auto') return 'auto';
  if (REGIMES.includes(value as Regime)) return value as Regime;
  fail('regime', "must be 'auto', 'opt-in', 'opt-out' or 'notice'");
  return 'opt-in';
}

function resolveRegion(value: unknown, path: string, fail: Fail): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && isRegionCode(value)) return value.toUpperCase();
  fail(path, 'must be an ISO 3166 code such as "DE" or "US-CA"');
  return undefined;
}

function resolveRegimeOverrides(value: unknown, fail: Fail): Record<string, Regime> {
  const result: Record<string, Regime> = {};
  if (value === undefined) return result;
  if (!isObject(value)) {
    fail('regimes', 'must be an object mapping regions to regimes');
    return result;
  }
  for (const key of Object.keys(value)) {
    const region = resolveRegion(key, `regimes["${key}"]`, fail);
    if (region === undefined) continue;
    if (REGIMES.includes(value[key] as Regime)) result[region] = value[key] as Regime;
    else fail(`regimes["${key}"]`, "must be 'opt-in', 'opt-out' or 'notice'");
  }
  return result;
}

function resolveCategories(value: unknown, fail: Fail): ResolvedCategory[] {
  if (value === undefined) return BUILTIN_CATEGORIES.map((c) => ({ ...c, services: [] }));
  if (!Array.isArray(value)) {
    fail('categories', 'must be an array');
    return BUILTIN_CATEGORIES.map((c) => ({ ...c, services: [] }));
  }
  const categories: ResolvedCategory[] = [];
  const serviceIds = new Set<string>();
  value.forEach((entry: unknown, index) => {
    const category = resolveCategory(entry, `categories[${index}]`, serviceIds, fail);
    if (!category) return;
    if (categories.some((c) => c.id === category.id)) fail(`categories[${index}].id`, `"${category.id}" is used twice`);
    else categories.push(category);
  });
  // Necessary always exists and comes first: the consent cookie itself belongs to it.
  if (!categories.some((c) => c.id === NECESSARY)) {
    categories.unshift({ ...BUILTIN_CATEGORIES[0]!, services: [] });
  }
  return categories;
}

function resolveCategory(entry: unknown, path: string, serviceIds: Set<string>, fail: Fail): ResolvedCategory | undefined {
  if (!isObject(entry)) {
    fail(path, 'must be an object');
    return undefined;
  }
  reportUnknownKeys(entry, CATEGORY_KEYS, path, fail);
  if (typeof entry.id !== 'string' || !CATEGORY_ID.test(entry.id)) {
    fail(`${path}.id`, 'must be a lowercase id such as "analytics" (a-z, 0-9, _ or -)');
    return undefined;
  }
  const id = entry.id;
  const builtin = BUILTIN_CATEGORIES.find((c) => c.id === id);
  const base: Omit<CategoryConfig, 'services'> = builtin ?? {
    id, label: id, description: '', required: false, default: false, sale: false, share: false,
  };
  const required = optionalBoolean(entry.required, `${path}.required`, fail) ?? base.required ?? false;
  if (id === NECESSARY && !required) fail(`${path}.required`, 'cannot be false: necessary is always on');
  let isDefault = optionalBoolean(entry.default, `${path}.default`, fail) ?? base.default ?? false;
  if (id === SESSION_REPLAY && isDefault) {
    fail(`${path}.default`, 'cannot be true: session replay needs an explicit opt-in in every region');
    isDefault = false;
  }
  const sale = optionalBoolean(entry.sale, `${path}.sale`, fail) ?? base.sale ?? false;
  const share = optionalBoolean(entry.share, `${path}.share`, fail) ?? base.share ?? false;
  const services: ResolvedService[] = [];
  if (entry.services !== undefined && !Array.isArray(entry.services)) fail(`${path}.services`, 'must be an array');
  else {
    (entry.services ?? []).forEach((service: unknown, index: number) => {
      const resolved = resolveService(service, `${path}.services[${index}]`, { id, sale, share }, fail);
      if (!resolved) return;
      if (serviceIds.has(resolved.id)) fail(`${path}.services[${index}].id`, `"${resolved.id}" is used twice`);
      serviceIds.add(resolved.id);
      services.push(resolved);
    });
  }
  return {
    id,
    label: optionalString(entry.label, `${path}.label`, fail) ?? base.label ?? id,
    description: optionalString(entry.description, `${path}.description`, fail) ?? base.description ?? '',
    required: id === NECESSARY || required,
    default: isDefault,
    sale,
    share,
    services,
  };
}

function resolveService(
  entry: unknown,
  path: string,
  category: { id: string; sale: boolean; share: boolean },
  fail: Fail,
): ResolvedService | undefined {
  if (!isObject(entry)) {
    fail(path, 'must be an object');
    return undefined;
  }
  reportUnknownKeys(entry, SERVICE_KEYS, path, fail);
  if (typeof entry.id !== 'string' || !SERVICE_ID.test(entry.id)) {
    fail(`${path}.id`, 'must be an id such as "google-analytics" (letters, digits, _ or -)');
    return undefined;
  }
  const name = optionalString(entry.name, `${path}.name`, fail);
  if (name === undefined) fail(`${path}.name`, 'is required');
  return {
    id: entry.id,
    name: name ?? entry.id,
    category: category.id,
    provider: optionalString(entry.provider, `${path}.provider`, fail) ?? '',
    purpose: optionalString(entry.purpose, `${path}.purpose`, fail) ?? '',
    privacyPolicyUrl: optionalUrl(entry.privacyPolicyUrl, `${path}.privacyPolicyUrl`, fail) ?? '',
    cookies: resolveList(entry.cookies, `${path}.cookies`, fail, resolveCookie),
    storageKeys: resolveList(entry.storageKeys, `${path}.storageKeys`, fail, (key, keyPath) => {
      if (typeof key === 'string' || key instanceof RegExp) return key;
      fail(keyPath, 'must be a string or RegExp');
      return undefined;
    }),
    sale: optionalBoolean(entry.sale, `${path}.sale`, fail) ?? category.sale,
    share: optionalBoolean(entry.share, `${path}.share`, fail) ?? category.share,
  };
}

function resolveCookie(entry: unknown, path: string, fail: Fail): CookieDeclaration | undefined {
  if (typeof entry === 'string' || entry instanceof RegExp) return { name: entry };
  if (!isObject(entry)) {
    fail(path, 'must be a string or RegExp, or an object with a name');
    return undefined;
  }
  reportUnknownKeys(entry, COOKIE_KEYS, path, fail);
  if (typeof entry.name !== 'string' && !(entry.name instanceof RegExp)) {
    fail(`${path}.name`, 'must be a string or RegExp');
    return undefined;
  }
  const cookie: CookieDeclaration = { name: entry.name };
  const domain = optionalString(entry.domain, `${path}.domain`, fail);
  const expiry = optionalString(entry.expiry, `${path}.expiry`, fail);
  const description = optionalString(entry.description, `${path}.description`, fail);
  if (domain !== undefined) cookie.domain = domain;
  if (expiry !== undefined) cookie.expiry = expiry;
  if (description !== undefined) cookie.description = description;
  return cookie;
}

function resolveList<T>(
  value: unknown,
  path: string,
  fail: Fail,
  item: (entry: unknown, path: string, fail: Fail) => T | undefined,
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail(path, 'must be an array');
    return [];
  }
  const items: T[] = [];
  value.forEach((entry: unknown, index) => {
    const resolved = item(entry, `${path}[${index}]`, fail);
    if (resolved !== undefined) items.push(resolved);
  });
  return items;
}

function reportUnknownKeys(entry: Obj, known: readonly string[], path: string, fail: Fail): void {
  for (const key of Object.keys(entry)) {
    if (!known.includes(key)) fail(`${path}.${key}`, `is not a known option (known: ${known.join(', ')})`);
  }
}

function optionalString(value: unknown, path: string, fail: Fail): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  fail(path, 'must be a string');
  return undefined;
}

function optionalBoolean(value: unknown, path: string, fail: Fail): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  fail(path, 'must be true or false');
  return undefined;
}

function optionalMatch(value: unknown, pattern: RegExp, path: string, expected: string, fail: Fail): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && pattern.test(value)) return value;
  fail(path, `must be ${expected}`);
  return undefined;
}

/** Only web links and site-relative paths: a `javascript:` or `data:` URL must never become a link. */
function optionalUrl(value: unknown, path: string, fail: Fail): string | undefined {
  const url = optionalString(value, path, fail);
  if (url === undefined) return undefined;
  // Browsers drop control characters and spaces inside a scheme ("java\nscript:"), so check without them.
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'https' || scheme === 'http') return url.trim();
  fail(path, 'must be an http(s) URL or a path on this site');
  return undefined;
}
