import type { Config, ConsentManager, ConsentState, Unsubscribe } from '../../types';
import { AD_TYPES, consentValues, signalled } from './consent-types';
import { isAdvanced, readModeSettings } from './options';

type Report = (message: string, cause?: unknown) => void;

/**
 * The hosts the Google tag loads from and sends its (cookieless, while denied) pings to. In an
 * advanced region the gate leaves them alone (they become `firstParty` hosts); everywhere else
 * its built-in rules (`googletagmanager.com`, `google-analytics.com`, `analytics.google.com`,
 * `doubleclick.net`, `googleadservices.com`) hold them until consent. Exact hosts, not the
 * registrable domains: other services on those domains (`ad.doubleclick.net`) stay gated.
 */
export const GOOGLE_TAG_HOSTS: readonly string[] = 'www.googletagmanager.com www.google-analytics.com region1.google-analytics.com analytics.google.com googleads.g.doubleclick.net www.googleadservices.com'.split(' ');

/** What `googleConsentMode` returns: stop, and the hosts the gate must not block for this visitor. */
export type ConsentModeHandle = Unsubscribe & { readonly gateHosts: readonly string[] };

const grants = (of: Readonly<Record<string, { granted: boolean }>>): Record<string, boolean> => {
  const result: Record<string, boolean> = {};
  for (const id in of) result[id] = of[id]!.granted;
  return result;
};

/** The `consentgate` object of the dataLayer event: what a GTM trigger or variable reads. */
export const dataLayerSummary = (state: ConsentState) => ({
  categories: grants(state.categories),
  services: grants(state.services),
  regime: state.regime,
  gpc: state.signals.gpc,
  dnt: state.signals.dnt,
});

/**
 * Google Consent Mode v2 and the tag-manager event, for one manager. Call it during the page's
 * synchronous start, before any Google tag: the `default` must be the first dataLayer entry.
 *
 * Sends: at once the `default` (the regime's state before any choice), region defaults, the
 * `set` commands, then one `update` if a choice is stored, and the dataLayer event; afterwards
 * one `update` and one event per decision, and per change that came without one (another tab
 * decided, `reset()`). The commands are the same in basic and advanced mode.
 *
 * Basic mode is the default: the gate holds the Google tag until consent. Advanced mode is
 * enabled only per region, by `consentMode.advanced` (e.g. `['US', 'US-CA']`; a country code
 * covers its subdivisions, an unknown region is never advanced, an invalid list means basic
 * everywhere). In such a region the returned `gateHosts` are GOOGLE_TAG_HOSTS, for the gate's
 * `firstParty`, so an ungated Google tag loads before consent and sends cookieless pings.
 * Tags the page gates in markup (`type="text/plain" data-consent`) stay gated in both modes.
 */
export function googleConsentMode(
  manager: ConsentManager,
  config: Pick<Config, 'consentMode' | 'dataLayer'> = {},
  report: Report = console.error,
): ConsentModeHandle {
  let offs: Unsubscribe[] = [];
  let gateHosts: readonly string[] = [];
  try {
    const mode = readModeSettings(config.consentMode, report);
    const layer = config.dataLayer;
    let event = layer === false ? '' : (layer?.event ?? 'consentgate_update');
    if (typeof event != 'string' || (!event && layer)) {
      report('consentgate: dataLayer.event must be a non-empty string; the default is used');
      event = 'consentgate_update';
    }
    const w = window as unknown as { dataLayer?: unknown[] };
    const push = (entry: unknown) => (w.dataLayer ||= []).push(entry);
    // gtag.js reads only Arguments objects: an array entry is silently ignored (standards.md 5.2).
    function gtag(..._command: unknown[]): void {
      push(arguments);
    }
    const honour = manager.config.dnt == 'honor';
    let last = manager.state();
    // Two dataLayer entries per decision, as Google documents for a CMP: the `update` command,
    // then the site's event, so GTM tags waiting on a Custom Event trigger fire after it.
    const send = (state: ConsentState, load?: boolean): void => {
      const chosen = [state.categories, state.services].some((of) => Object.values(of).some((grant) => grant.reason == 'choice'));
      if (mode && (!load || chosen)) gtag('consent', 'update', consentValues(state, mode.map, honour, false));
      if (event) push({ event, consentgate: dataLayerSummary(state) });
    };
    if (mode) {
      const wait_for_update = mode.waitForUpdate;
      gtag('consent', 'default', { ...consentValues(last, mode.map, honour, true), wait_for_update });
      for (const { region, ...types } of mode.regions) {
        // A region default never grants an ad type while a signal denies it.
        if (signalled(last, honour)) for (const type of AD_TYPES) if (types[type]) types[type] = 'denied';
        gtag('consent', 'default', { ...types, region, wait_for_update });
      }
      if (mode.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
      if (mode.urlPassthrough) gtag('set', 'url_passthrough', true);
      if (mode.developerId) gtag('set', `developer_id.${mode.developerId}`, true);
      // Only a listed region asks where the visitor is (reading the time zone has a cost).
      if (mode.advanced.length && isAdvanced(last.region, mode.advanced)) gateHosts = GOOGLE_TAG_HOSTS;
    }
    send(last, true);
    // A decision emits `change` then `decision` with the same state: one update, not two.
    offs = (['change', 'decision'] as const).map((name) => manager.on(name, ({ state }) => state != last && send((last = state))));
  } catch (cause) {
    report('consentgate: Google Consent Mode could not start', cause);
  }
  return Object.assign(() => offs.map((off) => off()), { gateHosts });
}
