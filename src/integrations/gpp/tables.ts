// The US sections of GPP as @iabgpp/cmpapi 3.2.0 lays them out (ids 7 to 27): data only, read by
// the builder that fills the fields and, through the objects it builds, by the encoder and by
// getSection/getField. tables.test.ts checks each layout against the library's own field lists.

/** Section prefixes by id, from 7 (usnat) to 27 (usri). */
export const PREFIXES = 'usnat usca usva usco usut usct usfl usmt usor ustx usde usia usne usnh usnj ustn usmn usmd usin usky usri'.split(' ');

/**
 * Each section's fields in encoding order, one letter a field (see FIELD_NAMES); a number after a
 * letter makes it a list of that many 2-bit items; `.` starts the second sub-section (the GPC one,
 * or the sensitive-data consents of the 2025 sections).
 */
export const LAYOUTS =
  'VNSHTDLshtd16k3pcor.gG VSHLshd9k2pcor.gG VNSTstd8kcor VNSTstd7kcor.gG VNSTDstd8kcor VNSTstd8k3cor.gG VPSTstd8k3acor VNSTstd8k3acor.gG VPSTstd11k3acor.gG VPSTstd8kacor.gG VPSTstd9k5acor.gG VPSTIstd8kcor.gG VPSTstd8kacor.gG VPSTstd8k3acor.gG VPSTstd10k5acor.gG VPSTstd8kacor.gG VPSTstd8kacor.gG WcmPSTsta.gG WcmPSTstka.d8 WcmPSTstka.d8 WcmPSTstka.d8'.split(
    ' ',
  );

/** The library's field names (its JS names for getSection and getField), by letter. */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  V: 'Version',
  W: 'MspaVersion',
  N: 'SharingNotice',
  P: 'ProcessingNotice',
  S: 'SaleOptOutNotice',
  H: 'SharingOptOutNotice',
  T: 'TargetedAdvertisingOptOutNotice',
  D: 'SensitiveDataProcessingOptOutNotice',
  I: 'SensitiveDataOptOutNotice',
  L: 'SensitiveDataLimitUseNotice',
  s: 'SaleOptOut',
  h: 'SharingOptOut',
  t: 'TargetedAdvertisingOptOut',
  d: 'SensitiveDataProcessing',
  k: 'KnownChildSensitiveDataConsents',
  p: 'PersonalDataConsents',
  a: 'AdditionalDataProcessingConsent',
  c: 'MspaCoveredTransaction',
  o: 'MspaOptOutOptionMode',
  r: 'MspaServiceProviderMode',
  m: 'MspaMode',
  g: 'GpcSegmentType',
  G: 'Gpc',
};

/** The section id of a prefix, or undefined. */
export const sectionId = (prefix: string): number | undefined => {
  const index = PREFIXES.indexOf(prefix);
  return index < 0 ? undefined : index + 7;
};
