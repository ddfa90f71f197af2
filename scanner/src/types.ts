// What a scan finds, as written to scan.json (schema/scan.schema.json describes the same shapes).

/** The four visits each page gets, each in a fresh browser context. */
export type StateId = 'no-choice' | 'reject' | 'accept' | 'gpc';
export const STATES: readonly StateId[] = ['no-choice', 'reject', 'accept', 'gpc'];

/** consentgate's built-in categories; `unknown` goes on the review list. */
export type Category = 'necessary' | 'functional' | 'analytics' | 'advertising' | 'session_replay' | 'social';
export const CATEGORIES: readonly Category[] = ['necessary', 'functional', 'analytics', 'advertising', 'session_replay', 'social'];

/** Where a classification came from, in the order they are asked. */
export type Source = 'consentgate' | 'site-config' | 'catalog' | 'third-party-web' | 'open-cookie-database';

export interface Classification {
  category: Category | 'unknown';
  source?: Source;
  /** The vendor or product: a service name for the draft config. */
  vendor?: string;
  provider?: string;
  privacyPolicyUrl?: string;
  description?: string;
  retention?: string;
  /** Why an unknown stayed unknown (e.g. what third-party-web calls the host). */
  note?: string;
}

export interface CookieItem {
  name: string;
  domain: string;
  path: string;
  /** ISO time, or "session". */
  expires: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string;
  partitioned: boolean;
  /** The script (document.cookie) or response (Set-Cookie) that set it, when the browser could tell. */
  setBy?: string;
  classification: Classification;
}

export interface StorageItem {
  kind: 'localStorage' | 'sessionStorage' | 'indexedDB';
  origin: string;
  name: string;
  setBy?: string;
  classification: Classification;
}

export interface RequestItem {
  host: string;
  path: string;
  resourceType: string;
  /** The script or document that caused it, when the browser could tell. */
  initiator?: string;
  /** The first full URL seen (for the markup line). */
  url: string;
  classification: Classification;
}

export interface BannerInfo {
  /** The labels of the buttons found (visitors' tools search the same way), if any. */
  accept?: string;
  reject?: string;
  /** The page runs consentgate (window.consentgate with acceptAll/rejectAll). */
  consentgate: boolean;
}

export interface StateResult {
  state: StateId;
  /** How the choice was made: a button click, consentgate's API, or not made (no banner). */
  choice: 'none' | 'button' | 'api' | 'unavailable';
  cookies: CookieItem[];
  storage: StorageItem[];
  /** Third-party requests (another registrable domain), one entry per host, path and type. */
  requests: RequestItem[];
  error?: string;
}

export interface PageResult {
  url: string;
  finalUrl?: string;
  /** Why the page was skipped (timeout, crash, off-site redirect, not HTML …). */
  skipped?: string;
  banner?: BannerInfo;
  states: StateResult[];
}

export interface Violation {
  state: Exclude<StateId, 'accept'>;
  kind: 'cookie' | 'storage' | 'request';
  /** Cookie or key name, or host + path for a request. */
  name: string;
  category: Category;
  vendor?: string;
  page: string;
}

export interface Unknown {
  kind: 'cookie' | 'storage' | 'request';
  name: string;
  states: StateId[];
  pages: string[];
  setBy?: string;
  note?: string;
}

export interface ScanResult {
  tool: { name: string; version: string };
  startedAt: string;
  finishedAt: string;
  start: string;
  site: string;
  options: { pages: number; concurrency: number; timeout: number; settle: number; browserArgs: string[]; config?: string };
  pages: PageResult[];
  violations: Violation[];
  unknowns: Unknown[];
  /** With --config: what the site sets that its config does not declare, and config errors. */
  audit?: { configErrors: string[]; undeclared: Array<{ kind: 'cookie' | 'storage' | 'request'; name: string; category: Category }> };
  /** The markup lines that gate each tracker found (also in gating.html). */
  markup: string[];
  /** A file in the output folder: the banner as first shown, if one was found. */
  screenshot?: string;
}
