// Receipts as the browser add-on builds them (src/integrations/receipts/receipts.ts).
import { randomBytes } from 'node:crypto';
import type { Receipt } from '../validate.js';

export const newRecordId = () => randomBytes(12).toString('base64url');

export function receipt(overrides: Partial<Receipt> = {}): Receipt {
  return {
    v: 1,
    id: newRecordId(),
    time: new Date().toISOString(),
    revision: '2024-10-03',
    regime: 'opt-in',
    region: 'DE',
    method: 'accept-all',
    choices: { categories: { necessary: true, analytics: true, advertising: true }, services: {} },
    granted: { necessary: true, analytics: true, advertising: true },
    signals: { gpc: false, dnt: false },
    language: 'en',
    uiVersion: '0.1.0',
    url: 'https://shop.example/checkout',
    ...overrides,
  };
}
