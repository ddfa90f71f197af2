import type { CookieDeclaration, Regime, ResolvedCategory, ResolvedConfig, ResolvedService } from '../types';
import { BUILTIN_CATEGORIES, NECESSARY, SESSION_REPLAY } from './builtin-categories';
import { isRegionCode } from './regime';

export interface ValidationResult {
  config: ResolvedConfig;
  /** Each names the field and what is wrong; non-empty means the config must not grant anything. */
  errors: string[];
}

type Fail = (path: string, problem: string) => void;
/** Checks one value; returns it (resolved) or undefined after reporting what is wrong. */
type Check<T> = (value: unknown, path: string, fail: Fail) => T | undefined;
type Obj = Record<string, unknown>;

const REGIMES: readonly Regime[] = ['opt-in', 'opt-out', 'notice'];
const MAX_LIFETIME_DAYS = 400; // browsers cap cookie lifetime at 400 days (RFC 6265bis)

// By tag, not instanceof: a config built in another frame has another realm's RegExp.
const isRegExp = (value: unknown): value is RegExp => Object.prototype.toString.call(value) === '[object RegExp]';
const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isRegExp(value);

const check =
  <T>(test: (value: unknown) => boolean, problem: string): Check<T> =>
  (value, path, fail) => {
    if (test(value)) return value as T;
    fail(path, problem);
    return undefined;
  };

const text = check<string>((v) => typeof v === 'string', 'must be a string');
const flag = check<boolean>((v) => typeof v === 'boolean', 'must be true or false');
const nameOrPattern = check<string | RegExp>((v) => typeof v === 'string' || isRegExp(v), 'must be a string or RegExp');
const matching = (pattern: RegExp, expected: string) =>
  check<string>((v) => typeof v === 'string' && pattern.test(v), `must be ${expected}`);
const oneOf = <T extends string>(values: readonly T[]) =>
  check<T>((v) => values.includes(v as T), `must be ${values.map((v) => `'${v}'`).join(', ').replace(/, ([^,]*)$/, ' or $1')}`);

/** Only web links and site-relative paths: a `javascript:` or `data:` URL must never become a link. */
const url: Check<string> = (value, path, fail) => {
  // Browsers drop control characters and spaces inside a scheme ("java\nscript:"), so check without them.
  const scheme = typeof value === 'string' && /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\0- \x7f]/g, ''))?.[1];
  if (typeof value === 'string' && (!scheme || /^https?$/i.test(scheme))) return value.trim();
  fail(path, 'must be an http(s) URL or a path on this site');
  return undefined;
};

const list =
  <T>(item: Check<T>): Check<T[]> =>
  (value, path, fail) => {
    if (!Array.isArray(value)) return check<never>(() => false, 'must be an array')(value, path, fail);
    return value.flatMap((entry: unknown, index) => item(entry, `${path}[${index}]`, fail) ?? []);
  };

/** Checks an object's known keys, reports unknown ones (typos fail loudly), and returns the checked values. */
function fields<S extends Record<string, Check<unknown>>>(
  schema: S,
  value: unknown,
  path: string,
  fail: Fail,
): { [K in keyof S]?: S[K] extends Check<infer T> ? T : never } | undefined {
  if (!isObject(value)) {
    fail(path, 'must be an object');
    return undefined;
  }
  const known = Object.keys(schema);
  const result: Obj = {};
  for (const key of Object.keys(value)) {
    // An odd key is quoted, so the message still points at one field: cookie[" "].
    const keyPath = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
    if (!known.includes(key)) fail(keyPath, `is not a known option (known: ${known.join(', ')})`);
    else if (value[key] !== undefined) result[key] = schema[key]!(value[key], `${path}.${key}`, fail);
  }
  return result as { [K in keyof S]?: S[K] extends Check<infer T> ? T : never };
}

const cookie: Check<CookieDeclaration> = (value, path, fail) => {
  if (typeof value === 'string' || isRegExp(value)) return { name: value };
  if (!isObject(value)) return check<never>(() => false, 'must be a string or RegExp, or an object with a name')(value, path, fail);
  const checked = fields({ name: nameOrPattern, domain: text, expiry: text, description: text }, value, path, fail);
  if (checked?.name === undefined) {
    if (value.name === undefined) fail(`${path}.name`, 'is required');
    return undefined;
  }
  return checked as CookieDeclaration;
};

const SERVICE_SCHEMA = {
  id: matching(/^[A-Za-z0-9][\w-]{0,63}$/, 'an id such as "google-analytics" (letters, digits, _ or -)'),
  name: text,
  provider: text,
  purpose: text,
  privacyPolicyUrl: url,
  cookies: list(cookie),
  storageKeys: list(nameOrPattern),
  sale: flag,
  share: flag,
};

const CATEGORY_SCHEMA = {
  id: matching(/^[a-z][a-z0-9_-]{0,31}$/, 'a lowercase id such as "analytics" (a-z, 0-9, _ or -)'),
  label: text,
  description: text,
  required: flag,
  default: flag,
  sale: flag,
  share: flag,
  services: list((value, path, fail) => fields(SERVICE_SCHEMA, value, path, fail)),
};

/**
 * Checks a site's configuration and fills in defaults. Never throws: every problem becomes
 * a message naming the field (`consentgate: categories[2].services[0].cookies[1] must be …`).
 */
export function validateConfig(input: unknown): ValidationResult {
  const errors: string[] = [];
  const fail: Fail = (path, problem) => {
    errors.push(`consentgate: ${path} ${problem}`);
  };
  try {
    return { config: resolve(input ?? {}, fail), errors };
  } catch (cause) {
    fail('config', `could not be read (${String(cause)})`);
    return { config: resolve({}, () => undefined), errors };
  }
}

function resolve(input: unknown, fail: Fail): ResolvedConfig {
  const raw: Obj = isObject(input) ? input : {};
  const ids = new Set<string>();
  if (!isObject(input)) fail('config', 'must be an object');
  const optional = <T>(key: string, checker: Check<T>, path = key): T | undefined =>
    raw[key] === undefined ? undefined : checker(raw[key], path, fail);

  const cookieOptions =
    optional('cookie', (value, path) =>
      fields(
        {
          name: matching(/^[\w!#$%&'*+.^`|~-]{1,64}$/, 'a cookie name (letters, digits, _ . - …)'),
          domain: matching(/^\.?[a-z0-9.-]+$/i, 'a domain such as example.com'),
          path: matching(/^\/[^;\s]*$/, 'a path starting with /'),
        },
        value,
        path,
        fail,
      ),
    ) ?? {};
  const signals = optional('signals', (value, path) => fields({ dnt: oneOf(['honor', 'ignore'] as const) }, value, path, fail));
  const regimes: Record<string, Regime> = {};
  const overrides = optional('regimes', (value, path) =>
    isObject(value) ? value : check<never>(() => false, 'must be an object mapping regions to regimes')(value, path, fail),
  );
  for (const [key, value] of Object.entries(overrides ?? {})) {
    const path = `regimes[${JSON.stringify(key)}]`;
    const region = regionCode(key, path, fail);
    const regime = oneOf(REGIMES)(value, path, fail);
    if (region && regime) regimes[region] = regime;
  }
  const revision = optional('revision', (value, path) =>
    matching(/^[\w.-]{1,32}$/, 'a number or a string of up to 32 letters, digits, ".", "_" or "-"')(
      typeof value === 'number' && Number.isFinite(value) ? String(value) : value,
      path,
      fail,
    ),
  );

  return {
    categories: resolveCategories(optional('categories', list((value, path) => resolveCategory(value, path, fail, ids)))),
    revision: revision ?? '1',
    lifetimeDays:
      optional('lifetimeDays', check<number>((v) => typeof v === 'number' && v >= 1 && v <= MAX_LIFETIME_DAYS, `must be a number of days from 1 to ${MAX_LIFETIME_DAYS}`)) ?? 182,
    cookie: { name: cookieOptions.name ?? 'consentgate', domain: cookieOptions.domain, path: cookieOptions.path ?? '/' },
    // A regime that fails validation falls back to the strictest, not to 'auto'.
    regime: raw.regime === undefined || raw.regime === 'auto' ? 'auto' : (optional('regime', oneOf(['auto', ...REGIMES])) ?? 'opt-in'),
    region: optional('region', regionCode),
    regimes,
    dnt: signals?.dnt ?? 'honor',
    privacyPolicyUrl: optional('privacyPolicyUrl', url) ?? '',
  };
}

function regionCode(value: unknown, path: string, fail: Fail): string | undefined {
  return check<string>((v) => typeof v === 'string' && isRegionCode(v), 'must be an ISO 3166 code such as "DE" or "US-CA"')(value, path, fail)?.toUpperCase();
}

function resolveCategories(categories: ResolvedCategory[] | undefined): ResolvedCategory[] {
  const resolved = categories ?? BUILTIN_CATEGORIES.map((c) => ({ ...c, services: [] }));
  // Necessary always exists (the consent cookie itself belongs to it); added first if left out.
  return resolved.some((c) => c.id === NECESSARY) ? resolved : [{ ...BUILTIN_CATEGORIES[0]!, services: [] }, ...resolved];
}

/** `ids` collects category and service ids: each must be unique across the whole config. */
function resolveCategory(value: unknown, path: string, fail: Fail, ids: Set<string>): ResolvedCategory | undefined {
  const entry = fields(CATEGORY_SCHEMA, value, path, fail);
  const id = entry?.id;
  if (!id) {
    if (entry && (value as Obj).id === undefined) fail(`${path}.id`, 'is required');
    return undefined;
  }
  if (!unique(ids, `category:${id}`, `${path}.id`, fail)) return undefined;
  const builtin = BUILTIN_CATEGORIES.find((c) => c.id === id);
  const required = id === NECESSARY || (entry.required ?? builtin?.required ?? false);
  if (id === NECESSARY && entry.required === false) fail(`${path}.required`, 'cannot be false: necessary is always on');
  if (id === SESSION_REPLAY && entry.default) {
    fail(`${path}.default`, 'cannot be true: session replay needs an explicit opt-in in every region');
  }
  const sale = entry.sale ?? builtin?.sale ?? false;
  const share = entry.share ?? builtin?.share ?? false;
  const services: ResolvedService[] = (entry.services ?? []).flatMap((service, index) => {
    const servicePath = `${path}.services[${index}]`;
    if (!service.id || !unique(ids, `service:${service.id}`, `${servicePath}.id`, fail)) return [];
    if (service.name === undefined) fail(`${servicePath}.name`, 'is required');
    return [{
      id: service.id,
      name: service.name ?? service.id,
      category: id,
      provider: service.provider ?? '',
      purpose: service.purpose ?? '',
      privacyPolicyUrl: service.privacyPolicyUrl ?? '',
      cookies: service.cookies ?? [],
      storageKeys: service.storageKeys ?? [],
      sale: service.sale ?? sale,
      share: service.share ?? share,
    }];
  });
  return {
    id,
    label: entry.label ?? builtin?.label ?? id,
    description: entry.description ?? builtin?.description ?? '',
    required,
    default: id !== SESSION_REPLAY && (entry.default ?? builtin?.default ?? false),
    sale,
    share,
    services,
  };
}

function unique(ids: Set<string>, key: string, path: string, fail: Fail): boolean {
  if (ids.has(key)) {
    fail(path, `"${key.slice(key.indexOf(':') + 1)}" is used twice`);
    return false;
  }
  ids.add(key);
  return true;
}
