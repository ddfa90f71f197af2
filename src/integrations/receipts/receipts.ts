import type { ConsentManager, ConsentState, Receipt, ReceiptOptions, Unsubscribe } from '../../types';

type Report = (message: string, cause?: unknown) => void;

export interface ReceiptEnv {
  /** The UI language the visitor saw; defaults to `<html lang>`. */
  language?: () => string | null;
  report?: Report;
  /**
   * Whether the manager wrote its record since the last call. consentgate-receipts.js watches the
   * storage for this, so a signal opt-out the manager recorded by itself (GPC, or DNT when
   * honoured: no decision event, no visitor action) gets a receipt too, once, from the page that
   * stored it; another tab's record read back is not news.
   */
  wrote?: () => boolean;
}

/**
 * The proof of one decision. It carries the record's random id and nothing else that could
 * single out the visitor: no user agent, no referrer, no query string (which may hold click
 * ids or e-mail addresses), no cookies.
 */
export function buildReceipt(
  state: ConsentState,
  language: string | null,
  location: Pick<Location, 'origin' | 'pathname'>,
  signal?: boolean,
): Receipt | null {
  const record = state.record;
  if (!record) return null;
  // A signal opt-out is dated when it was recorded, and named by the signal.
  const { method, updated } = signal && record.optOut ? { method: record.optOut, updated: Date.now() } : record;
  const granted: Record<string, boolean> = {};
  for (const id of Object.keys(state.categories)) granted[id] = state.categories[id]!.granted;
  return {
    v: 1,
    id: record.id,
    time: new Date(updated).toISOString(),
    revision: record.revision,
    regime: state.regime,
    region: state.region,
    method,
    choices: { categories: record.categories, services: record.services },
    granted,
    signals: { gpc: state.signals.gpc, dnt: state.signals.dnt },
    language,
    uiVersion: record.uiVersion,
    url: location.origin + location.pathname,
  };
}

/**
 * Posts a receipt to `options.endpoint` on every decision (and, with `env.wrote`, for every
 * signal opt-out the manager records by itself): `navigator.sendBeacon` (queued by the
 * browser, survives navigation, never delays the page), else `fetch` with `keepalive`. Failures
 * go to `env.report` (console.error by default): a decision is never held up by its receipt.
 * The body is JSON sent as `text/plain`, a simple request, so no CORS preflight is needed.
 */
export function sendReceipts(manager: ConsentManager, options: ReceiptOptions | undefined, env: ReceiptEnv = {}): Unsubscribe {
  const report: Report = env.report ?? ((message, cause) => console.error(message, cause ?? ''));
  if (options === undefined) return () => undefined;
  let endpoint: string;
  try {
    const url = new URL((options as Partial<ReceiptOptions>).endpoint as string, location.href);
    if (!/^https?:$/.test(url.protocol) || typeof options.endpoint !== 'string') throw new Error(url.protocol);
    endpoint = url.href;
  } catch {
    report('consentgate: receipts.endpoint must be an http(s) URL; no receipts are sent');
    return () => undefined;
  }
  const language = env.language ?? (() => document.documentElement.lang || null);
  const wrote = env.wrote ?? (() => false);
  const send = (state: ConsentState, signal?: boolean): void => {
    try {
      const receipt = buildReceipt(state, language(), location, signal);
      if (!receipt) return;
      const body = JSON.stringify(receipt);
      if (typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(endpoint, body)) return;
      // No beacon, or its queue is full: a keepalive fetch without cookies, answer unread.
      fetch(endpoint, { method: 'POST', body, keepalive: true, credentials: 'omit', mode: 'no-cors', headers: { 'content-type': 'text/plain' } })
        .then((response) => {
          if (response.type !== 'opaque' && !response.ok) report(`consentgate: the receipt endpoint answered ${response.status}`);
        })
        .catch((cause) => report('consentgate: the receipt could not be sent', cause));
    } catch (cause) {
      report('consentgate: the receipt could not be sent', cause);
    }
  };
  // Stored while the manager started (before any listener), or on a refresh that newly met the signal.
  if (wrote() && manager.state().record?.optOut) send(manager.state(), true);
  const offChange = manager.on('change', ({ state, previous }) => {
    const optOut = state.record?.optOut;
    if (wrote() && optOut && optOut !== previous.record?.optOut) send(state, true);
  });
  const offDecision = manager.on('decision', ({ state }) => {
    wrote(); // the decision's own write: its receipt is this one
    send(state);
  });
  return () => {
    offChange();
    offDecision();
  };
}
