import css from './styles.css?raw';

/** True when the browser can adopt constructed stylesheets (Chrome 73+, Firefox 101+, Safari 16.4+). */
export const canAdopt = (root: Document | ShadowRoot): boolean =>
  'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype;

/** A constructed stylesheet: no <style> element, so a CSP without 'unsafe-inline' allows it. */
export function sheet(text: string): CSSStyleSheet {
  const made = new CSSStyleSheet();
  made.replaceSync(text);
  return made;
}

/**
 * Styles our shadow root. Returns false when the browser cannot adopt stylesheets: the caller
 * then links the stylesheet file instead, or renders unstyled but usable.
 */
export function adoptStyles(root: ShadowRoot): boolean {
  if (!canAdopt(root)) return false;
  root.adoptedStyleSheets = [sheet(css)];
  return true;
}
