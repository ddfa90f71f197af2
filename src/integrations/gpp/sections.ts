import type { ConsentState, ResolvedConfig } from '../../types';
import { base64, header, int } from './bits';
import type { GppSettings } from './options';
import { FIELD_NAMES, LAYOUTS, PREFIXES, sectionId } from './tables';

/** One sub-section: its fields in encoding order (the names IAB's library decodes them to). */
export type Sub = Record<string, number | number[] | boolean>;

/** `7:usnat` … `27:usri`: what this CMP can write for the configured `sections`. */
export const supportedApis = (settings: GppSettings): string[] =>
  (settings.sections === 'national' ? PREFIXES.slice(0, 1) : PREFIXES).map((prefix) => `${sectionId(prefix)}:${prefix}`);

/**
 * A US section applies in a US region, and where the region is unknown but the site runs the
 * US opt-out regime. Everywhere else (the EU, the UK, …) `applicableSections` is [-1].
 */
export const usApplies = (state: ConsentState): boolean =>
  state.region ? state.region.slice(0, 2) === 'US' : state.regime === 'opt-out';

/**
 * The sections a page carries: usnat in the US, beside it (or, with `sections: 'state'`, instead
 * of it) the visitor's state section where the state has one. A US visitor always gets one.
 */
export function sectionNames(state: ConsentState, settings: GppSettings): string[] {
  if (!usApplies(state)) return [];
  const own = `us${state.region?.slice(3).toLowerCase()}`;
  if (settings.sections === 'national' || !(PREFIXES.indexOf(own) > 0)) return ['usnat'];
  return settings.sections === 'state' ? [own] : ['usnat', own];
}

export interface OptOuts {
  sale: boolean;
  sharing: boolean;
  targeted: boolean;
}

/**
 * What the visitor opted out of. A category or service counts when it is flagged `sale` (or
 * `share`) and is off because of a signal (GPC, honoured DNT, or one remembered), or because the
 * visitor switched it off. Switching off means turning off what was on: in the opt-out and
 * notice regimes a category that is off by default (session replay) and stays off is not an
 * opt-out; in the opt-in regime everything starts off, so any flagged "no" is one. One refused
 * flagged purpose sets the bit: downstream vendors read one bit for the whole site.
 * A broken config counts everything flagged as opted out. Targeted advertising follows the
 * `advertising` category (the shared ones when there is none).
 */
export function optOuts(state: ConsentState, config: ResolvedConfig): OptOuts {
  const result: OptOuts = { sale: false, sharing: false, targeted: false };
  const hasAdvertising = config.categories.some((c) => c.id === 'advertising');
  for (const category of config.categories) {
    for (const item of [category, ...category.services]) {
      const grant = state.categories[item.id] ?? state.services[item.id];
      if (!grant || grant.granted) continue;
      const switchedOff = grant.reason === 'choice' && (state.regime === 'opt-in' || category.default);
      if (!switchedOff && grant.reason !== 'gpc' && grant.reason !== 'dnt' && !state.configErrors.length) continue;
      result.sale ||= item.sale;
      result.sharing ||= item.share;
      result.targeted ||= hasAdvertising ? category.id === 'advertising' : item.share;
    }
  }
  return result;
}

const opt = (out: boolean): number => (out ? 1 : 2);

/**
 * One US section's sub-sections, filled from the state by its layout. Sensitive data counts as
 * consented (2) only when the visitor chose every listed category and service themselves: a
 * default or a signal is no consent. The library's `…SegmentIncluded` flag rides along as a
 * hidden field, so getField answers it as the library does while getSection and the string
 * carry only the spec's fields.
 */
export function buildSection(prefix: string, state: ConsentState, config: ResolvedConfig, settings: GppSettings): Sub[] {
  const o = optOuts(state, config);
  const n = settings.notices;
  const [covered, optOutMode, serviceMode] = settings.mspa;
  const sensitive = settings.sensitiveData;
  const chosen = (id: string) => {
    const grant = state.categories[id] ?? state.services[id];
    return grant?.granted && grant.reason === 'choice';
  };
  const values: Record<string, number | boolean> = {
    V: prefix === 'usnat' ? 2 : 1,
    W: 1,
    N: n.sharing,
    P: n.processing,
    S: n.saleOptOut,
    H: n.sharingOptOut,
    T: n.targetedAdvertisingOptOut,
    D: n.sensitiveDataProcessingOptOut,
    I: n.sensitiveDataProcessingOptOut,
    L: n.sensitiveDataLimitUse,
    s: opt(o.sale),
    h: opt(o.sharing),
    t: opt(o.targeted),
    d: sensitive.length ? opt(!sensitive.every(chosen)) : 0,
    k: settings.knownChild,
    p: 0,
    a: 0,
    c: covered,
    o: optOutMode,
    r: serviceMode,
    // The 2025 sections fold the two MSPA modes into one: 1 opt-out option, 2 service provider.
    m: optOutMode === 1 ? 1 : serviceMode === 1 ? 2 : 0,
    g: 1,
    // Pass on the live browser signal, as the section asks; a remembered opt-out shows in the opt-out fields.
    G: state.signals.gpc,
  };
  return LAYOUTS[sectionId(prefix)! - 7]!.split('.').map((part, index) => {
    const sub: Sub = {};
    part.replace(/(\w)(\d*)/g, (_, code: string, length: string) => {
      sub[FIELD_NAMES[code]!] = length ? Array<number>(+length).fill(values[code] as number) : values[code]!;
      return '';
    });
    if (index) Object.defineProperty(sub, `${'Gpc' in sub ? 'Gpc' : 'SensitiveDataConsent'}SegmentIncluded`, { value: true });
    return sub;
  });
}

/** Versions are 6 bits, booleans 1, every other field (and each list item) 2. */
const encodeSub = (sub: Sub): string =>
  base64(
    Object.keys(sub)
      .map((key) => {
        const value = sub[key]!;
        if (typeof value === 'boolean') return value ? '1' : '0';
        return key.endsWith('Version') ? int(value as number, 6) : ([] as number[]).concat(value).map((v) => int(v, 2)).join('');
      })
      .join(''),
  );

export const encodeSection = (subs: readonly Sub[]): string => subs.map(encodeSub).join('.');

export interface GppData {
  sections: Record<string, Sub[]>;
  strings: Record<string, string>;
  sectionList: number[];
  applicableSections: number[];
  gppString: string;
}

export function gppData(state: ConsentState, config: ResolvedConfig, settings: GppSettings): GppData {
  const names = sectionNames(state, settings);
  const sections: Record<string, Sub[]> = {};
  const strings: Record<string, string> = {};
  for (const name of names) strings[name] = encodeSection((sections[name] = buildSection(name, state, config, settings)));
  const sectionList = names.map((name) => sectionId(name)!);
  return {
    sections,
    strings,
    sectionList,
    // The state section is the one in force where there is one.
    applicableSections: sectionList.length ? [sectionList[sectionList.length - 1]!] : [-1],
    gppString: [header(sectionList), ...names.map((name) => strings[name])].join('~'),
  };
}
