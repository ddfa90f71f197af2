// `consentgate/gcm`: Google Consent Mode v2 and the tag-manager dataLayer event.
export { googleConsentMode, dataLayerSummary, GOOGLE_TAG_HOSTS, type ConsentModeHandle } from './consent-mode';
export { CONSENT_TYPES, consentValues } from './consent-types';
export type {
  ConsentModeOptions,
  ConsentModeRegionDefault,
  ConsentType,
  ConsentValue,
  DataLayerOptions,
} from '../../types';
