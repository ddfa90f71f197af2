// The draft config: the categories found, a service per vendor with its cookies (expiry and
// description) and storage keys, gate rules for tracker hosts the built-in list does not know,
// and the markup line that gates each tracker script, pixel or frame the pages load.
import { builtinRules, matcher } from '../../src/gate/rules';
import type { CategoryConfig, Config, CookieDeclaration, GateRule, ServiceConfig } from '../../src/types';
import type { Category, PageResult, RequestItem } from './types';
import { CATEGORIES } from './types';

export interface Draft {
  config: Config;
  markup: string[];
}

/** A service id the validator accepts: "Google Analytics" → "google-analytics". */
export const serviceId = (name: string): string =>
  name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64) || 'service';

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The line that gates one request, by its kind; other kinds (fetch, beacons) are the gate's rules' job. */
export function markupLine(r: RequestItem, category: Category, service: string): string | undefined {
  const consent = `data-consent="${category}" data-service="${service}"`;
  if (r.resourceType === 'script') return `<script type="text/plain" ${consent} src="${attr(r.url)}"></script>`;
  if (r.resourceType === 'image') return `<img ${consent} data-src="${attr(r.url)}" alt="">`;
  if (r.resourceType === 'document') return `<iframe ${consent} data-src="${attr(r.url)}"></iframe>`;
  if (r.resourceType === 'stylesheet') return `<link ${consent} rel="stylesheet" data-href="${attr(r.url)}">`;
  return undefined;
}

/** The scan's findings as a config (which the product's own validator must accept). */
export function draftConfig(pages: readonly PageResult[]): Draft {
  const services = new Map<string, ServiceConfig & { category: Category; cookies: CookieDeclaration[]; storageKeys: string[] }>();
  const builtin = matcher(builtinRules(), []);
  const rules = new Map<string, GateRule>();
  const markup = new Set<string>();
  const service = (category: Category, vendor: string | undefined, fallback: string, provider?: string, policy?: string) => {
    const name = vendor || fallback;
    const id = serviceId(name);
    let s = services.get(id);
    if (!s) {
      s = { id, name, category, cookies: [], storageKeys: [], ...(provider ? { provider } : {}), ...(policy && /^https?:\/\//.test(policy) ? { privacyPolicyUrl: policy } : {}) };
      services.set(id, s);
    }
    return s;
  };
  for (const page of pages) {
    for (const state of page.states) {
      for (const c of state.cookies) {
        const k = c.classification;
        if (k.category === 'unknown' || k.source === 'consentgate') continue;
        const s = service(k.category, k.vendor, c.domain.replace(/^\./, ''), k.provider, k.privacyPolicyUrl);
        if (s.cookies.some((d) => typeof d === 'object' && !(d instanceof RegExp) && d.name === c.name)) continue;
        const expiry = k.retention || (c.expires === 'session' ? 'session' : undefined);
        s.cookies.push({ name: c.name, domain: c.domain, ...(expiry ? { expiry } : {}), ...(k.description ? { description: k.description } : {}) });
      }
      for (const item of state.storage) {
        const k = item.classification;
        if (k.category === 'unknown' || item.kind === 'indexedDB') continue;
        const s = service(k.category, k.vendor, new URL(item.origin).hostname, k.provider, k.privacyPolicyUrl);
        if (!s.storageKeys.includes(item.name)) s.storageKeys.push(item.name);
      }
      for (const r of state.requests) {
        const k = r.classification;
        if (k.category === 'unknown' || k.category === 'necessary') continue;
        const s = service(k.category, k.vendor, r.host, k.provider, k.privacyPolicyUrl);
        const line = markupLine(r, s.category, s.id!);
        if (line) markup.add(line);
        if (!builtin(r.url, r.url) && !rules.has(r.host)) rules.set(r.host, { host: r.host, category: s.category, service: s.id! });
      }
    }
  }
  const categories: CategoryConfig[] = CATEGORIES.map((id) => ({
    id,
    services: [...services.values()].filter((s) => s.category === id).map(({ category: _, ...s }) => s),
  }));
  const config: Config = { categories, ...(rules.size ? { gate: { rules: [...rules.values()] } } : {}) };
  return { config, markup: [...markup] };
}
