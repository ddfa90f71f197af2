import type { ConsentState, ResolvedConfig } from '../../types';
import { base64, header, int } from './bits';
import type { GppSettings } from './options';

/** One sub-section: its fields in encoding order (spec names, as getSection returns them). */
export type Sub = Record<string, number | number[] | boolean>;

export const SECTION_IDS: Readonly<Record<string, number>> = { usnat: 7, usca: 8 };
export const SUPPORTED_APIS = ['7:usnat', '8:usca'];

/**
 * A US section applies in a US region, and where the region is unknown but the site runs the
 * US opt-out regime. Everywhere else (the EU, the UK, …) `applicableSections` is [-1].
 */
export const usApplies = (state: ConsentState): boolean =>
  state.region ? state.region.slice(0, 2) === 'US' : state.regime === 'opt-out';

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
const zeros = (n: number): number[] => Array<number>(n).fill(0);

/** The US sections for a state: usnat always, usca too in California. */
export function usSections(state: ConsentState, config: ResolvedConfig, settings: GppSettings): Record<string, Sub[]> {
  if (!usApplies(state)) return {};
  const o = optOuts(state, config);
  const n = settings.notices;
  const [covered, optOutMode, serviceMode] = settings.mspa;
  const tail: Sub = { PersonalDataConsents: 0, MspaCoveredTransaction: covered, MspaOptOutOptionMode: optOutMode, MspaServiceProviderMode: serviceMode };
  // Pass on the live browser signal, as the section asks; a remembered opt-out shows in the opt-out fields.
  const gpc: Sub = { SubsectionType: 1, Gpc: state.signals.gpc };
  const sections: Record<string, Sub[]> = {
    usnat: [
      {
        Version: 2,
        SharingNotice: n.sharing,
        SaleOptOutNotice: n.saleOptOut,
        SharingOptOutNotice: n.sharingOptOut,
        TargetedAdvertisingOptOutNotice: n.targetedAdvertisingOptOut,
        SensitiveDataProcessingOptOutNotice: n.sensitiveDataProcessingOptOut,
        SensitiveDataLimitUseNotice: n.sensitiveDataLimitUse,
        SaleOptOut: opt(o.sale),
        SharingOptOut: opt(o.sharing),
        TargetedAdvertisingOptOut: opt(o.targeted),
        SensitiveDataProcessing: zeros(16),
        KnownChildSensitiveDataConsents: zeros(3),
        ...tail,
      },
      gpc,
    ],
  };
  if (state.region === 'US-CA') {
    sections.usca = [
      {
        Version: 1,
        SaleOptOutNotice: n.saleOptOut,
        SharingOptOutNotice: n.sharingOptOut,
        SensitiveDataLimitUseNotice: n.sensitiveDataLimitUse,
        SaleOptOut: opt(o.sale),
        SharingOptOut: opt(o.sharing),
        SensitiveDataProcessing: zeros(9),
        KnownChildSensitiveDataConsents: zeros(2),
        ...tail,
      },
      gpc,
    ];
  }
  return sections;
}

/** Version is 6 bits, booleans 1, every other field (and each list item) 2. */
const encodeSub = (sub: Sub): string =>
  base64(
    Object.keys(sub)
      .map((key) => {
        const value = sub[key]!;
        if (typeof value === 'boolean') return value ? '1' : '0';
        return key === 'Version' ? int(value as number, 6) : ([] as number[]).concat(value).map((v) => int(v, 2)).join('');
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
  const sections = usSections(state, config, settings);
  const names = Object.keys(sections).sort((a, b) => SECTION_IDS[a]! - SECTION_IDS[b]!);
  const strings: Record<string, string> = {};
  for (const name of names) strings[name] = encodeSection(sections[name]!);
  const sectionList = names.map((name) => SECTION_IDS[name]!);
  return {
    sections,
    strings,
    sectionList,
    // The state section is the one in force where there is one.
    applicableSections: sectionList.length ? [sectionList[sectionList.length - 1]!] : [-1],
    gppString: [header(sectionList), ...names.map((name) => strings[name])].join('~'),
  };
}
