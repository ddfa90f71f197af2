/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { ResolvedCategory } from '../types';
import { Service } from './services';
import { Switch } from './switch';
import type { View } from './view';

/** One category in the dialog: name, switch (necessary: "Always on"), description, services. */
export function Category({ v, c, n }: { v: View; c: ResolvedCategory; n: number }) {
  const t = v._t;
  const id = `cg-c${n}`;
  return (
    <section class="c">
      <div class="row">
        <h3 id={id}>{c.label}</h3>
        {c.required ? (
          <span class="on">{t.alwaysOn}</span>
        ) : (
          <Switch on={!!v._draft[c.id]} label={id} description={`${id}d`} onClick={() => v._do._toggle(c.id)} />
        )}
      </div>
      <p id={`${id}d`} class="m">
        {c.description}
      </p>
      {c.services.length > 0 && (
        <details>
          <summary>
            {t.services} ({c.services.length})
          </summary>
          <ul>
            {c.services.map((s) => (
              <Service s={s} t={t} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
