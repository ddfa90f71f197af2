// Proof of consent: a receipt per decision, posted to the site's endpoint.
export { buildReceipt, sendReceipts } from './receipts';
export type { ReceiptEnv } from './receipts';
export type { Receipt, ReceiptOptions } from '../../types';
