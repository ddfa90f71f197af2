/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { honored, type View } from './view';

/**
 * "Your Privacy Choices" with the CPPA opt-out icon (Cal. Code Regs. tit. 11 §7015): a pill,
 * white with a blue tick on the left, blue with a white cross on the right. Drawn here so no
 * image request is made; sized by attributes to sit beside the link text like footer icons.
 */
const yourChoices = (v: View) => [
  v._t.choices,
  ' ',
  <svg viewBox="0 0 30 14" width="30" height="14" role="img" aria-label={v._t.icon}>
    <path fill="#fff" stroke="#06f" d="M7 .5h16a6.5 6.5 0 0 1 0 13H7A6.5 6.5 0 0 1 7 .5z" />
    <path fill="#06f" d="M17.5.5H23a6.5 6.5 0 0 1 0 13h-9z" />
    <g fill="none" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">
      <path stroke="#fff" d="M19.6 4.6l4.8 4.8m0-4.8l-4.8 4.8" />
      <path stroke="#06f" d="M5.4 7.2l2.2 2.3 4.2-4.6" />
    </g>
  </svg>,
];

/**
 * What goes into every `data-consentgate="privacy-choices"` element (light DOM, styled by the
 * site like its other footer links). Opt-out regime: "Your Privacy Choices" and/or "Do Not Sell
 * or Share My Personal Information", then "Opt-Out Request Honored" when a GPC signal was
 * honoured. Elsewhere: a "Privacy settings" link. Clicks reach the document-level delegation.
 */
export function choices(v: View) {
  const t = v._t;
  const links = v._o.optOutLink;
  if (v._s.regime !== 'opt-out') return <a href="#">{t.settings}</a>;
  return [
    links !== 'dns' && <a href="#">{yourChoices(v)}</a>,
    links === 'both' && ' ',
    links !== 'choices' && <a href="#">{t.dns}</a>,
    honored(v) && <span> {t.honored}</span>,
  ];
}

/**
 * The floating button that re-opens the preferences, so withdrawing is as easy as consenting.
 * In the opt-out regime it is the auto-inserted "Your Privacy Choices" link.
 */
export function reopen(v: View, corner: string) {
  const t = v._t;
  const optOut = v._s.regime === 'opt-out';
  return (
    <button class={`re ${corner.replace('-', ' ')}`} part="reopen" onClick={v._show}>
      {!optOut ? t.settings : v._o.optOutLink === 'dns' ? t.dns : yourChoices(v)}
      {optOut && honored(v) && <span class="ok">{t.honored}</span>}
    </button>
  );
}
