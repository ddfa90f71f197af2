import type { View } from './view';

export const CHOICES = '[data-consentgate=privacy-choices]';
/**
 * The site's own open-preferences controls. The gate's embed placeholders carry one too, but
 * they go once the embed is allowed: they are no lasting way back to the preferences.
 */
const OWN = '[data-consentgate=open-preferences]:not(.consentgate-placeholder-settings)';

/**
 * The floating control's corner, or false for none. With `reopen: 'auto'` it is left out while
 * the page has a way back of its own: in the opt-out regime only a privacy-choices element
 * counts (a generic "Cookie settings" link is not the "Your Privacy Choices" link CCPA §7026
 * asks for), elsewhere any of the site's own controls. Asked again whenever the page changes.
 */
export const reopenCorner = ({ _o: { reopen }, _s: { regime } }: View): string | false =>
  reopen === 'auto' ? !document.querySelector(regime === 'opt-out' ? CHOICES : OWN + ',' + CHOICES) && 'bottom-left' : reopen;

/**
 * Once the page is parsed: tells the site owner (once) when the opt-out regime finds no
 * privacy-choices element, then redraws whenever a change to the page (a single-page app's
 * footer, a placeholder gone) changes where the control goes, until `signal` aborts.
 */
export function followControls(v: View, paint: () => void, signal: AbortSignal): void {
  if (v._s.regime === 'opt-out' && !document.querySelector(CHOICES)) {
    console.warn(`consentgate: no ${CHOICES} element: place one in the footer, for "Your Privacy Choices"`);
  }
  const watch = new MutationObserver(() => v._re !== reopenCorner(v) && paint());
  watch.observe(document, { childList: true, subtree: true, attributeFilter: ['data-consentgate'] });
  signal.addEventListener('abort', () => watch.disconnect());
}
