// Vendors' own consent switches, called on grant and on withdrawal.
export { vendorConsent, revokeVendors } from './vendors';
export type { SiteVendor, VendorOptions } from '../../types';
