export { default as css } from './styles.css?raw';

/**
 * True when the browser can adopt constructed stylesheets (Chrome 73+, Firefox 101+, Safari
 * 16.4+): documents, shadow roots and `replaceSync` came together in each, so asking the
 * document answers all three.
 */
export const canAdopt = (): boolean => 'adoptedStyleSheets' in document;

/** A constructed stylesheet: no <style> element, so a CSP without 'unsafe-inline' allows it. */
export function sheet(text: string): CSSStyleSheet {
  const made = new CSSStyleSheet();
  made.replaceSync(text);
  return made;
}
