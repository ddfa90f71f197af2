/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { View } from './view';

/**
 * A quiet, non-blocking notice: the visitor once allowed sale or sharing, and their browser now
 * sends GPC, which wins. They may confirm the permission (a choice made with the signal present
 * stands, CCPA §7025(c)(3)) or dismiss the notice.
 */
export function Notice({ v }: { v: View }) {
  const { _t: t, _do: act } = v;
  return (
    <div class="n" part="notice" role="status">
      <p>{t.conflict}</p>
      <button type="button" class="b alt" part="button" onClick={act._keep}>
        {t.confirm}
      </button>
      <button type="button" class="b alt" part="button" onClick={act._dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
