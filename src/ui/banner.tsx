/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { button } from './button';
import { modal } from './focus';
import type { View } from './view';

/**
 * The first layer's text and buttons, rendered into the light DOM of our host element: tools
 * that answer banners for visitors (Consent-O-Matic, DuckDuckGo) cannot see into shadow roots.
 */
export function bannerContent(v: View) {
  const t = v._t;
  const policy = v._m.config.privacyPolicyUrl;
  return [
    <p>{t.text}</p>,
    policy && <a href={policy}>{t.policy}</a>,
    button(t.accept, v._accept),
    button(t.reject, v._reject),
    button(t.customise, v._show, 1),
  ];
}

/**
 * The first layer's frame in the shadow root, showing the light-DOM content through a slot: a
 * labelled region while the page stays usable, a modal dialog when the site asks to block it
 * (Escape is not a choice there: only the buttons decide).
 */
export function bannerFrame(v: View) {
  const o = v._o;
  const props = { class: `f ${v._host!.className}`, part: 'banner', 'aria-label': v._t.title };
  return o.layout === 'modal' && o.block ? (
    <dialog {...props} {...modal(undefined, v._host)}>
      <slot />
    </dialog>
  ) : (
    <div role="region" {...props}>
      <slot />
    </div>
  );
}
