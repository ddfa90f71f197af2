// Test data (kept out of the build, importable from Node): Consent Mode's strict default as a page
// should see it, every type denied but security. The jsdom tests and the browser tests both use it.
export const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
