// The integrations layer's door: consumers of the engine that signal its state to others.
// Each integration stands alone (they never import each other); this file only lists them.
export { googleConsentMode, CONSENT_TYPES } from './google-consent-mode';
export { vendorConsent, revokeVendors } from './vendors';
export { sendReceipts, buildReceipt } from './receipts';
export { installGpp } from './gpp';
