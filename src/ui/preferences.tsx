/** @jsxRuntime classic */
/** @jsx h */
import { h, type ComponentChildren } from 'preact';
import type { ResolvedService } from '../types';
import { button } from './button';
import { cookieName } from './cookie-name';
import { modal } from './focus';
import { about, flagged, honored, saleOn, type View } from './view';

/**
 * One section of the dialog: a name, its switch (a real button with role=switch, so Space and
 * Enter toggle it; no `toggle` means "Always on"), a description and what else belongs to it.
 */
const section = (v: View, id: string, name: string, text: string | undefined, on: boolean, toggle: (() => void) | false, more: ComponentChildren) => (
  <section class="c">
    <div class="row">
      <h3 id={id}>{name}</h3>
      {toggle ? (
        <button role="switch" class="sw" part="switch" aria-checked={on} aria-labelledby={id} aria-describedby={`${id}d`} onClick={toggle} />
      ) : (
        <span class="on">{v._t.alwaysOn}</span>
      )}
    </div>
    <p id={`${id}d`} class="m">
      {text}
    </p>
    {more}
  </section>
);

/** One service of a category: who provides it, what for, its cookies and its privacy policy. */
const service = (v: View, s: ResolvedService) => {
  const t = v._t;
  return (
    <li>
      <strong>{s.name}</strong>
      {[[t.provider, s.provider], [t.purpose, s.purpose]].map(([what, text]) => text && <div>{what}: {text}</div>)}
      {s.cookies.length > 0 && (
        <div>
          {t.cookies}:
          <ul>
            {s.cookies.map((cookie) => (
              <li>
                <code>{cookieName(cookie.name)}</code>
                {cookie.expiry && ` · ${t.expiry}: ${cookie.expiry}`}
                {cookie.description && ` · ${cookie.description}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {s.privacyPolicyUrl && (
        <a href={s.privacyPolicyUrl} target="_blank" rel="noopener">
          {t.policy}
        </a>
      )}
    </li>
  );
};

/**
 * The second layer: a modal dialog (focus moves in and stays; Escape closes it without deciding)
 * with every category, its switch and its services; Accept all, Reject all and Save choices.
 * In the opt-out regime, first the "Sale and sharing" switch for every sale/share category,
 * with a status line saying when a GPC signal was honoured.
 */
export function preferences(v: View) {
  const t = v._t;
  const { privacyPolicyUrl: policy, categories } = v._m.config;
  return (
    <dialog class="d" part="dialog" aria-labelledby="cg-t" {...modal(v._close)}>
      <div class="hd">
        <h2 id="cg-t">{t.prefs}</h2>
        <button class="x" aria-label={t.close} onClick={v._close}>
          ×
        </button>
      </div>
      <div class="bd">
        <p>
          {t.intro}
          {policy && [' ', <a href={policy}>{t.policy}</a>]}
        </p>
        {v._s.regime === 'opt-out' &&
          flagged(v).length > 0 &&
          section(v, 'cg-sale', t.sale, t.saleText, saleOn(v), v._sale, <p role="status" class="ok">{honored(v) ? t.honored : ''}</p>)}
        {categories.map((c, n) =>
          section(
            v,
            `cg-c${n}`,
            ...about(v, c),
            !!v._draft[c.id],
            !c.required && (() => v._toggle(c.id)),
            c.services.length > 0 && (
              <details>
                <summary>
                  {t.services} ({c.services.length})
                </summary>
                <ul>{c.services.map((s) => service(v, s))}</ul>
              </details>
            ),
          ),
        )}
      </div>
      <div class="ft">
        {button(t.accept, v._accept)}
        {button(t.reject, v._reject)}
        {button(t.save, v._save, 1)}
      </div>
    </dialog>
  );
}
