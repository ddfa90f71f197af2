import type { Config, ConsentManager, ConsentState, Unsubscribe } from '../../types';
import { AD_TYPES, consentValues, signalled } from './consent-types';
import { readModeSettings } from './options';

type Report = (message: string, cause?: unknown) => void;

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
 * decided, `reset()`). Basic or advanced mode is the page's choice, not ours: in basic mode the
 * gate holds the Google tag until consent; the commands are the same in both.
 */
export function googleConsentMode(
  manager: ConsentManager,
  config: Pick<Config, 'consentMode' | 'dataLayer'> = {},
  report: Report = (message, cause) => console.error(message, cause ?? ''),
): Unsubscribe {
  try {
    const mode = readModeSettings(config.consentMode, report);
    const layer = config.dataLayer;
    const event = layer === false ? '' : typeof layer?.event === 'string' && layer.event ? layer.event : 'consentgate_update';
    if (layer !== undefined && layer !== false && layer.event !== event) report('consentgate: dataLayer.event is invalid; its default is used');
    const w = window as unknown as { dataLayer?: unknown[] };
    const data = (): unknown[] => (w.dataLayer ||= []);
    // gtag.js reads only Arguments objects: an array entry is silently ignored (standards.md 5.2).
    function gtag(..._command: unknown[]): void {
      data().push(arguments);
    }
    const honour = manager.config.dnt === 'honor';
    const send = (state: ConsentState, load?: boolean): void => {
      const chosen = Object.values({ ...state.categories, ...state.services }).some((g) => g.reason === 'choice');
      if (mode && (!load || chosen)) gtag('consent', 'update', consentValues(state, mode.map, honour, false));
      if (event) data().push({ event, consentgate: dataLayerSummary(state) });
    };

    let last = manager.state();
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
    }
    send(last, true);

    const onState = ({ state }: { state: ConsentState }): void => {
      // A decision emits `change` then `decision` with the same state: one update, not two.
      if (state !== last) send((last = state));
    };
    const offChange = manager.on('change', onState);
    const offDecision = manager.on('decision', onState);
    return () => {
      offChange();
      offDecision();
    };
  } catch (cause) {
    report('consentgate: Google Consent Mode could not start', cause);
    return () => undefined;
  }
}
