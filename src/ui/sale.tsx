/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { Switch } from './switch';
import { honored, saleOn, type View } from './view';

/**
 * The opt-out regime's "Sale and sharing" switch: it sets every category flagged sale or share.
 * When a GPC signal was honoured it says so, in a status region, and shows opted out.
 */
export function Sale({ v }: { v: View }) {
  const t = v._t;
  return (
    <section class="c">
      <div class="row">
        <h3 id="cg-sale">{t.sale}</h3>
        <Switch on={saleOn(v)} label="cg-sale" description="cg-saled" onClick={v._do._sale} />
      </div>
      <p id="cg-saled" class="m">
        {t.saleText}
      </p>
      <p role="status" class="ok">
        {honored(v) ? t.honored : ''}
      </p>
    </section>
  );
}
