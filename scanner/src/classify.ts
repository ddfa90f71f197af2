// Classification, asked in order: consentgate's own cookie, the audited site config, the vendor
// catalog the gate blocks by (src/gate/rules.ts), third-party-web (hosts), the Open Cookie
// Database (names). Whatever none of them knows stays "unknown" and goes on the review list.
import tpw from 'third-party-web/nostats-subset.js';
import { builtinRules, matcher, rule, type Rule } from '../../src/gate/rules';
import type { Config } from '../../src/types';
import { hostOf } from './domain';
import { loadCookieDatabase, type CookieDatabase } from './ocd';
import { CATEGORIES, type Category, type Classification } from './types';

/** third-party-web's categories on ours; the rest (cdn, hosting, utility, content, other) are not guessed. */
const TPW: Record<string, Category> = {
  ad: 'advertising',
  marketing: 'advertising',
  analytics: 'analytics',
  'tag-manager': 'analytics',
  social: 'social',
  video: 'social',
  'customer-success': 'functional',
  'consent-provider': 'necessary',
};

type Declared = { category: Category; service: string; provider?: string; privacyPolicyUrl?: string };

export interface Classifier {
  cookie(name: string, setBy?: string, domain?: string): Classification;
  storage(name: string, setBy?: string): Classification;
  request(url: string): Classification;
  /** The site config's service that declares a cookie or key, if any (for the audit). */
  declared(kind: 'cookie' | 'storage', name: string): string | undefined;
}

const isCategory = (id: unknown): id is Category => CATEGORIES.includes(id as Category);

/** A config's cookie and storage-key declarations (names; `/…/` strings are read as patterns). */
function declarations(config: Config | undefined) {
  const cookies: Array<[RegExp | string, Declared]> = [];
  const keys: Array<[RegExp | string, Declared]> = [];
  const rules: Rule[] = [];
  for (const category of config?.categories ?? []) {
    if (!isCategory(category.id)) continue;
    for (const s of category.services ?? []) {
      const d: Declared = { category: category.id, service: s.name ?? s.id, provider: s.provider, privacyPolicyUrl: s.privacyPolicyUrl };
      for (const c of s.cookies ?? []) cookies.push([typeof c === 'object' && !(c instanceof RegExp) ? c.name : c, d]);
      for (const k of s.storageKeys ?? []) keys.push([k, d]);
    }
  }
  for (const r of config?.gate?.rules ?? []) if (isCategory(r.category)) rules.push(rule(r.host + (r.path ?? ''), r.category, r.service));
  return { cookies, keys, rules };
}

const matches = (pattern: RegExp | string, name: string): boolean =>
  pattern instanceof RegExp ? pattern.test(name) : pattern === name;

export function createClassifier({ config, db = loadCookieDatabase() }: { config?: Config; db?: CookieDatabase } = {}): Classifier {
  const own = config?.cookie?.name ?? 'consentgate';
  const site = declarations(config);
  const catalog = matcher([...site.rules, ...builtinRules()], config?.gate?.firstParty ?? []);

  /** What the catalog and third-party-web say about a URL's host. */
  const byHost = (url: string | undefined): Classification | undefined => {
    if (!url || !/^https?:/.test(url)) return undefined;
    const entity = tpw.getEntity(url);
    const vendor = entity ? { vendor: entity.name, provider: entity.company } : {};
    const hit = catalog(url, url);
    if (hit && isCategory(hit._category)) {
      return { category: hit._category, source: site.rules.includes(hit) ? 'site-config' : 'catalog', ...vendor, ...(hit._service ? { vendor: hit._service } : {}) };
    }
    const mapped = entity && TPW[entity.category];
    if (entity && mapped) return { category: mapped, source: 'third-party-web', ...vendor };
    if (entity) return { category: 'unknown', ...vendor, note: `third-party-web: ${entity.category}` };
    return undefined;
  };

  const byName = (kind: 'cookie' | 'storage', name: string, setBy?: string, domain?: string): Classification => {
    const facts = db.lookup(name);
    const enrich = facts
      ? { description: facts.description, retention: facts.retention, ...(facts.privacyPolicyUrl ? { privacyPolicyUrl: facts.privacyPolicyUrl } : {}) }
      : {};
    if (kind === 'cookie' && name === own) return { category: 'necessary', source: 'consentgate', vendor: 'consentgate', description: "Stores the visitor's consent decision." };
    const declared = (kind === 'cookie' ? site.cookies : site.keys).find(([p]) => matches(p, name))?.[1];
    if (declared) return { ...enrich, category: declared.category, source: 'site-config', vendor: declared.service, provider: declared.provider, ...(declared.privacyPolicyUrl ? { privacyPolicyUrl: declared.privacyPolicyUrl } : {}) };
    const setter = byHost(setBy);
    if (setter && setter.category !== 'unknown') return { ...enrich, ...setter };
    if (facts) return { ...enrich, category: facts.category, source: 'open-cookie-database', vendor: facts.platform, provider: facts.controller };
    // A cookie on a tracker's own domain belongs to that tracker.
    const owner = domain ? byHost(`https://${domain.replace(/^\./, '')}/`) : undefined;
    if (owner && owner.category !== 'unknown') return owner;
    return { category: 'unknown', ...(setter?.note ? { note: setter.note, vendor: setter.vendor } : {}) };
  };

  return {
    cookie: (name, setBy, domain) => byName('cookie', name, setBy, domain),
    storage: (name, setBy) => byName('storage', name, setBy),
    request: (url) => byHost(url) ?? { category: 'unknown', note: `not in any catalog: ${hostOf(url)}` },
    declared: (kind, name) => (kind === 'cookie' ? site.cookies : site.keys).find(([p]) => matches(p, name))?.[1].service,
  };
}
