/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { bannerFrame } from './banner';
import { button } from './button';
import { reopen } from './links';
import { preferences } from './preferences';
import { conflicts, type View } from './view';

/**
 * Everything inside our shadow root. Hidden until the fallback stylesheet (if one is needed)
 * has loaded, so an unstyled flash never shifts the page.
 *
 * The notice is quiet and non-blocking: the visitor once allowed sale or sharing, and their
 * browser now sends GPC, which wins. They may confirm the permission (a choice made with the
 * signal present stands, CCPA §7025(c)(3)) or dismiss the notice.
 */
export function shell(v: View) {
  const t = v._t;
  const banner = v._s.needsDecision;
  return (
    <div class={`r ${v._o.theme}`} lang={v._lang} dir={v._dir} hidden={v._wait}>
      {v._css && <link rel="stylesheet" href={v._css} onLoad={v._styled} onError={v._styled} />}
      {banner && bannerFrame(v)}
      {v._open && preferences(v)}
      {!banner && v._re && reopen(v, v._re)}
      {!v._dismissed && conflicts(v).length > 0 && (
        <div class="n" part="notice" role="status">
          <p>{t.conflict}</p>
          {button(t.confirm, v._keep, 1)}
          {button(t.dismiss, v._dismiss, 1)}
        </div>
      )}
      <p class="sr" role="status">
        {v._msg}
      </p>
    </div>
  );
}
