/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { Fragment, h } from 'preact';
import { Icon } from './icon';
import { honored, type View } from './view';

/**
 * What goes into every `data-consentgate="privacy-choices"` element (light DOM, styled by the
 * site like its other footer links). Opt-out regime: "Your Privacy Choices" with the CPPA icon
 * and/or "Do Not Sell or Share My Personal Information", then "Opt-Out Request Honored" when a
 * GPC signal was honoured. Elsewhere: a "Privacy settings" link. Clicks are handled by the
 * document-level delegation, so the links need no handlers of their own.
 */
export function Choices({ v }: { v: View }) {
  const { _t: t, _o: o } = v;
  if (v._s.regime !== 'opt-out') return <a href="#">{t.settings}</a>;
  return (
    <>
      {o.optOutLink !== 'dns' && (
        <a href="#">
          {t.choices} <Icon label={t.icon} />
        </a>
      )}
      {o.optOutLink === 'both' && ' '}
      {o.optOutLink !== 'choices' && <a href="#">{t.dns}</a>}
      {honored(v) && <span> {t.honored}</span>}
    </>
  );
}
