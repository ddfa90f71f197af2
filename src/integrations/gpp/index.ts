// `consentgate/gpp`: IAB GPP (__gpp v1.1, usnat and every US state section) and the legacy US Privacy API.
export { installGpp } from './install';
export type { GppHandle } from './install';
export { buildSection, encodeSection, gppData, optOuts, sectionNames, supportedApis, usApplies } from './sections';
export type { GppData, OptOuts, Sub } from './sections';
export { header as encodeGppHeader } from './bits';
export { uspString } from './usp';
export { readGppSettings } from './options';
export type { GppSettings } from './options';
export type { GppOptions, GppNotice, UspOptions } from '../../types';
