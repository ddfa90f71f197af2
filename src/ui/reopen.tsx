/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { Fragment, h } from 'preact';
import { Icon } from './icon';
import { honored, type View } from './view';

/**
 * The floating button that re-opens the preferences, so withdrawing is as easy as consenting.
 * In the opt-out regime it is the auto-inserted "Your Privacy Choices" link.
 */
export function Reopen({ v, corner }: { v: View; corner: string }) {
  const { _t: t, _o: o } = v;
  const optOut = v._s.regime === 'opt-out';
  return (
    <button type="button" class={`re ${corner.replace('-', ' ')}`} part="reopen" onClick={v._do._show}>
      {!optOut ? t.settings : o.optOutLink === 'dns' ? t.dns : <>{t.choices} <Icon label={t.icon} /></>}
      {optOut && honored(v) && <span class="ok">{t.honored}</span>}
    </button>
  );
}
