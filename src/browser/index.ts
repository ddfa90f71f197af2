export { createConsent } from './create-consent';
export { browserEnv } from './env';
