/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { Fragment, h } from 'preact';
import { Category } from './category';
import { showModal, trapTab } from './focus';
import { Sale } from './sale';
import { flagged, type View } from './view';

/**
 * The second layer: a modal dialog (focus moves in and stays; Escape closes it without deciding)
 * with every category, its switch and its services; Accept all, Reject all and Save choices.
 */
export function Preferences({ v }: { v: View }) {
  const { _t: t, _do: act } = v;
  const config = v._m.config;
  return (
    <dialog
      class="d"
      part="dialog"
      aria-labelledby="cg-t"
      aria-modal="true"
      ref={showModal}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return trapTab(event, event.currentTarget.querySelectorAll('a,button,summary'));
        event.preventDefault();
        act._close();
      }}
      onCancel={(event) => {
        event.preventDefault();
        act._close();
      }}
    >
      <div class="hd">
        <h2 id="cg-t">{t.prefs}</h2>
        <button type="button" class="x" aria-label={t.close} onClick={act._close}>
          ×
        </button>
      </div>
      <div class="bd">
        <p>
          {t.intro}
          {config.privacyPolicyUrl && (
            <>
              {' '}
              <a href={config.privacyPolicyUrl}>{t.policy}</a>
            </>
          )}
        </p>
        {v._s.regime === 'opt-out' && flagged(v).length > 0 && <Sale v={v} />}
        {config.categories.map((c, n) => (
          <Category v={v} c={c} n={n} />
        ))}
      </div>
      <div class="ft">
        <button type="button" class="b" part="button" onClick={act._accept}>
          {t.accept}
        </button>
        <button type="button" class="b" part="button" onClick={act._reject}>
          {t.reject}
        </button>
        <button type="button" class="b alt" part="button" onClick={act._save}>
          {t.save}
        </button>
      </div>
    </dialog>
  );
}
