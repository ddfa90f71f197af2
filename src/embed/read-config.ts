/**
 * Finds the site's configuration: an inline `<script type="application/json" id="consentgate-config">`
 * first, else `window.consentgateConfig`. A `data-region` on our own script tag (often filled
 * from a CDN country header) becomes the region hint unless the config names one.
 *
 * Unreadable JSON is passed on as the raw text, so validation rejects it and the manager
 * fails closed instead of falling back to a permissive default.
 */
export function readConfig(doc: Document, script: HTMLOrSVGScriptElement | null): unknown {
  let config: unknown = (window as { consentgateConfig?: unknown }).consentgateConfig;
  const inline = doc.getElementById('consentgate-config');
  if (inline) {
    const text = inline.textContent ?? '';
    try {
      config = JSON.parse(text);
    } catch (cause) {
      console.error(`consentgate: #consentgate-config is not valid JSON (${String(cause)})`);
      return text;
    }
  }
  const region = script?.getAttribute('data-region');
  if (region && typeof config === 'object' && config !== null && !('region' in config)) {
    return { ...config, region };
  }
  return config ?? {};
}
