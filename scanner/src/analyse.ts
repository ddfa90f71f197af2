// From the visits to the verdict: violations (anything non-necessary with no choice, after
// Reject all or under GPC), the review list (unknowns) and, with a config, what it does not declare.
import type { Classifier } from './classify';
import type { Category, Classification, PageResult, StateId, Unknown, Violation } from './types';

type Kind = 'cookie' | 'storage' | 'request';

export interface Finding {
  kind: Kind;
  name: string;
  state: StateId;
  page: string;
  classification: Classification;
  setBy?: string;
}

/** Every cookie, storage key and third-party request of every visit, one entry each. */
export function findings(pages: readonly PageResult[]): Finding[] {
  const out: Finding[] = [];
  for (const page of pages) {
    for (const s of page.states) {
      for (const c of s.cookies) out.push({ kind: 'cookie', name: c.name, state: s.state, page: page.url, classification: c.classification, ...(c.setBy ? { setBy: c.setBy } : {}) });
      for (const k of s.storage) out.push({ kind: 'storage', name: k.name, state: s.state, page: page.url, classification: k.classification, ...(k.setBy ? { setBy: k.setBy } : {}) });
      for (const r of s.requests) out.push({ kind: 'request', name: r.host + r.path, state: s.state, page: page.url, classification: r.classification, ...(r.initiator ? { setBy: r.initiator } : {}) });
    }
  }
  return out;
}

const optional = (c: Classification): c is Classification & { category: Exclude<Category, 'necessary'> } =>
  c.category !== 'necessary' && c.category !== 'unknown';

/** One violation per state, kind and name (the first page it was seen on). */
export function violations(all: readonly Finding[]): Violation[] {
  const seen = new Map<string, Violation>();
  for (const f of all) {
    if (f.state === 'accept' || !optional(f.classification)) continue;
    const key = `${f.state} ${f.kind} ${f.name}`;
    if (!seen.has(key)) {
      seen.set(key, { state: f.state, kind: f.kind, name: f.name, category: f.classification.category, ...(f.classification.vendor ? { vendor: f.classification.vendor } : {}), page: f.page });
    }
  }
  return [...seen.values()];
}

export function unknowns(all: readonly Finding[]): Unknown[] {
  const seen = new Map<string, Unknown>();
  for (const f of all) {
    if (f.classification.category !== 'unknown') continue;
    const key = `${f.kind} ${f.name}`;
    const entry = seen.get(key) ?? { kind: f.kind, name: f.name, states: [], pages: [], ...(f.setBy ? { setBy: f.setBy } : {}), ...(f.classification.note ? { note: f.classification.note } : {}) };
    if (!entry.states.includes(f.state)) entry.states.push(f.state);
    if (!entry.pages.includes(f.page)) entry.pages.push(f.page);
    seen.set(key, entry);
  }
  return [...seen.values()];
}

/** Non-necessary cookies and keys the audited config declares under no service. */
export function undeclared(all: readonly Finding[], classifier: Classifier) {
  const seen = new Map<string, { kind: Kind; name: string; category: Category }>();
  for (const f of all) {
    if (!optional(f.classification) || f.kind === 'request') continue;
    if (f.classification.source === 'site-config' || classifier.declared(f.kind, f.name)) continue;
    seen.set(`${f.kind} ${f.name}`, { kind: f.kind, name: f.name, category: f.classification.category });
  }
  return [...seen.values()];
}

/** Offenders as lines for the terminal. */
export function describe(v: Violation): string {
  const when = { 'no-choice': 'before any choice', reject: 'after Reject all', gpc: 'under GPC' }[v.state];
  return `${v.kind} ${v.name} (${v.category}${v.vendor ? `, ${v.vendor}` : ''}) ${when} on ${v.page}`;
}
