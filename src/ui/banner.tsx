/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { Fragment, h } from 'preact';
import { showModal, trapTab } from './focus';
import type { View } from './view';

/**
 * The first layer's text and buttons, rendered into the light DOM of our host element: tools
 * that answer banners for visitors (Consent-O-Matic, DuckDuckGo) cannot see into shadow roots.
 * Accept and Reject get the same class, so the same size, weight and colours.
 */
export function BannerContent({ v }: { v: View }) {
  const { _t: t, _do: act } = v;
  const policy = v._m.config.privacyPolicyUrl;
  return (
    <>
      <p>{t.text}</p>
      {policy && <a href={policy}>{t.policy}</a>}
      <button type="button" class="cg-b" onClick={act._accept}>
        {t.accept}
      </button>
      <button type="button" class="cg-b" onClick={act._reject}>
        {t.reject}
      </button>
      <button type="button" class="cg-b cg-alt" onClick={act._show}>
        {t.customise}
      </button>
    </>
  );
}

/**
 * The first layer's frame in the shadow root, showing the light-DOM content through a slot: a
 * labelled region while the page stays usable, a modal dialog when the site asks to block it.
 */
export function BannerFrame({ v, host }: { v: View; host: HTMLElement }) {
  const o = v._o;
  const props = { class: `f ${o.layout} ${o.position.replace('-', ' ')}`, part: 'banner', 'aria-label': v._t.title };
  if (o.layout !== 'modal' || !o.block) {
    return (
      <div role="region" {...props}>
        <slot />
      </div>
    );
  }
  return (
    <dialog
      {...props}
      aria-modal="true"
      ref={showModal}
      // Escape is not a choice here: only the buttons decide.
      onKeyDown={(event) => (event.key === 'Escape' ? event.preventDefault() : trapTab(event, host.querySelectorAll('a,button')))}
      onCancel={(event) => event.preventDefault()}
    >
      <slot />
    </dialog>
  );
}
