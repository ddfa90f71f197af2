// Vendors' own consent switches, called on grant and on withdrawal.
export { vendorConsent, revokeVendors, VENDOR_CATEGORIES } from './vendors';
export type { SiteVendor, VendorOptions } from '../../types';
