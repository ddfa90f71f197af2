export { createConsent } from './create-consent';
export { browserEnv } from './env';
export { syncAcrossTabs } from './tab-sync';
