import type { ConsentState, ConsentType, ConsentValue } from '../../types';

/** The seven Consent Mode v2 types, in the order they are sent: three ad types first, `security_storage` last. */
export const ALL_TYPES: readonly ConsentType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];
export const AD_TYPES = ALL_TYPES.slice(0, 3);

/**
 * The category -> Consent Mode type map (standards.md 5.3). One documented constant, replaced
 * whole by `consentMode.map`. `security_storage` is not in it: it is always granted, since
 * authentication and fraud prevention are strictly necessary.
 */
export const CONSENT_TYPES: Readonly<Record<string, readonly ConsentType[]>> = {
  advertising: AD_TYPES,
  analytics: ALL_TYPES.slice(3, 4),
  functional: ALL_TYPES.slice(4, 6),
};

/** GPC, or DNT when honoured, is live, or a signal opt-out is remembered (CCPA §7025(c)(5)). */
export const signalled = ({ signals, record }: ConsentState, honourDnt: boolean): boolean =>
  signals.gpc || (honourDnt && signals.dnt) || !!record?.optOut;

export type ConsentValues = Record<ConsentType, ConsentValue>;

/**
 * All seven values for a state. A type is granted only when every category (or service) mapped
 * to it is granted; a type nothing maps to stays denied. While GPC or an honoured DNT is live,
 * or a signal opt-out is remembered, the ad types are denied unless the visitor opted in
 * explicitly (reason `choice`), whatever the map says.
 *
 * `baseline` leaves out stored choices: that is the `default` command, which describes the
 * regime before anyone chose; the stored choice follows as an `update`.
 */
export function consentValues(
  state: ConsentState,
  map: Readonly<Record<string, readonly ConsentType[]>>,
  honourDnt: boolean,
  baseline: boolean,
): ConsentValues {
  const signal = signalled(state, honourDnt);
  const on: Partial<Record<ConsentType, boolean>> = {};
  for (const id in map) {
    const grant = state.categories[id] ?? state.services[id];
    const chosen = grant?.reason == 'choice';
    for (const type of map[id]!) {
      on[type] = on[type] != false && !!grant?.granted && !(baseline && chosen) && !(signal && !chosen && AD_TYPES.includes(type));
    }
  }
  const values = {} as ConsentValues;
  ALL_TYPES.forEach((type, i) => (values[type] = on[type] || i > 5 ? 'granted' : 'denied'));
  return values;
}
