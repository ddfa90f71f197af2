/**
 * Finds the site's configuration: an inline `<script type="application/json" id="consentgate-config">`
 * first, else `window.consentgateConfig`. A `data-region` on our own script tag (often filled
 * from a CDN country header) becomes the region hint unless the config names one.
 *
 * Unreadable JSON is passed on as the raw text, so validation rejects it and the manager
 * fails closed instead of falling back to a permissive default.
 */
export function readConfig(script: HTMLOrSVGScriptElement | null): unknown {
  let config = (window as { consentgateConfig?: unknown }).consentgateConfig ?? {};
  const inline = document.getElementById('consentgate-config');
  if (inline) {
    try {
      config = JSON.parse(inline.textContent!);
    } catch (cause) {
      console.error('consentgate: #consentgate-config is not valid JSON', cause);
      return inline.textContent;
    }
  }
  const region = script?.getAttribute('data-region');
  return region && typeof config === 'object' && config && !('region' in config) ? { ...config, region } : config;
}
