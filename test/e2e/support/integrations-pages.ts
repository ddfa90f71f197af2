// Pages and stand-ins for the integrations' real-browser tests: a GA4 site as Google documents
// it (gtag.js gated by consentgate), vendor globals that record what they are told, and a
// cross-origin frame that reaches __gpp and __uspapi only through postMessage.
import type { Page } from 'playwright-core';
import { DENIED as STRICT_DEFAULT } from '../../../src/integrations/google-consent-mode/strict-default';

export const GA_ID = 'G-XXXX';

/** Google's gtag snippet, placed after the consentgate script, its loader held back until analytics is granted. */
export const GA4_HEAD = `<script type="text/plain" data-consent="analytics" async src="https://www.googletagmanager.com/gtag/js?id=${GA_ID}"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', '${GA_ID}');</script>`;

/** What the gtag.js stand-in does: records that it ran. */
export const GTAG_STAND_IN = {
  'googletagmanager.com/gtag/js': { contentType: 'text/javascript', body: 'window.__gtagRan = (window.__gtagRan || 0) + 1;' },
};

/** Hosts that must see nothing before consent in basic mode (standards.md 5.3). */
export const GOOGLE_HOSTS = /googletagmanager\.com|google-analytics\.com|doubleclick\.net|googleadservices\.com/;

/** Meta, Microsoft UET and Clarity, TikTok: their globals with the documented call shapes, recording every call. */
export const VENDOR_GLOBALS = `<script>
  window.__vendorCalls = [];
  var record = function (name) { return function () { window.__vendorCalls.push([name].concat([].slice.call(arguments))); }; };
  window.fbq = record('fbq');
  window.uetq = { push: record('uetq') };
  window.clarity = record('clarity');
  window.ttq = { grantConsent: record('ttq.grantConsent'), revokeConsent: record('ttq.revokeConsent'), holdConsent: record('ttq.holdConsent') };
</script>`;

/** The dataLayer as JSON-safe entries: gtag commands as { args, isArguments }, events as they are. */
export function dataLayer(page: Page): Promise<Array<{ args?: unknown[]; isArguments?: boolean; event?: string; [key: string]: unknown }>> {
  return page.evaluate(() =>
    ((window as unknown as { dataLayer: unknown[] }).dataLayer ?? []).map((entry) => {
      const isArguments = Object.prototype.toString.call(entry) === '[object Arguments]';
      if (isArguments || Array.isArray(entry)) {
        return { isArguments, args: Array.from(entry as ArrayLike<unknown>, (v) => (v instanceof Date ? 'Date' : v)) };
      }
      return JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;
    }),
  );
}

/**
 * A frame for another origin: it looks for the ancestor that holds `__gppLocator` (retrying
 * until the parent has added it) and asks over postMessage, in object and string form.
 */
export const GPP_FRAME = `<!doctype html><title>ad frame</title><script>
  window.results = { origin: location.origin, events: [] };
  addEventListener('message', function (e) {
    var d = e.data;
    try { if (typeof d === 'string') d = JSON.parse(d); } catch (x) { return; }
    var r = d && (d.__gppReturn || d.__uspapiReturn);
    if (!r) return;
    if (r.callId === 'events') window.results.events.push(r.returnValue.eventName + (typeof r.returnValue.data === 'string' ? ':' + r.returnValue.data : ''));
    else window.results[r.callId] = r;
  });
  function locate(name) {
    for (var f = window; ; f = f.parent) {
      try { if (f.frames[name]) return f; } catch (x) {}
      if (f === window.top) return null;
    }
  }
  var tries = 0;
  (function ask() {
    var gpp = locate('__gppLocator'), usp = locate('__uspapiLocator');
    if (!gpp || !usp) return ++tries < 100 && setTimeout(ask, 20);
    function call(command, parameter, callId) { gpp.postMessage({ __gppCall: { command: command, parameter: parameter, version: '1.1', callId: callId } }, '*'); }
    call('ping', undefined, 'ping');
    call('getField', 'usnat.Gpc', 'Gpc');
    call('getField', 'usnat.SaleOptOut', 'SaleOptOut');
    call('getField', 'usnat.SharingOptOut', 'SharingOptOut');
    call('getField', 'usnat.TargetedAdvertisingOptOut', 'TargetedAdvertisingOptOut');
    call('addEventListener', undefined, 'events');
    gpp.postMessage(JSON.stringify({ __gppCall: { command: 'getSection', parameter: 'usca', version: '1.1', callId: 'usca' } }), '*');
    usp.postMessage({ __uspapiCall: { command: 'getUSPData', version: 1, callId: 'usp' } }, '*');
  })();
</script>`;

/** Consent Mode's strict default as the page should see it first, with the wait for an update. */
export const DENIED = { ...STRICT_DEFAULT, wait_for_update: 500 };
