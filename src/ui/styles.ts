export { default as css } from './styles.css?raw';

/**
 * True when the browser can adopt constructed stylesheets (Chrome 73+, Firefox 101+, Safari
 * 16.4+): documents and shadow roots gained them together, so asking the document answers both.
 */
export const canAdopt = (): boolean =>
  'adoptedStyleSheets' in document && 'replaceSync' in (window.CSSStyleSheet?.prototype ?? {});

/** A constructed stylesheet: no <style> element, so a CSP without 'unsafe-inline' allows it. */
export function sheet(text: string): CSSStyleSheet {
  const made = new CSSStyleSheet();
  made.replaceSync(text);
  return made;
}
