/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { BannerFrame } from './banner';
import { Notice } from './notice';
import { Preferences } from './preferences';
import { Reopen } from './reopen';
import { conflicts, type View } from './view';

/**
 * Everything inside our shadow root. Hidden until the fallback stylesheet (if one is needed)
 * has loaded, so an unstyled flash never shifts the page.
 */
export function Shell({ v, host, reopen }: { v: View; host: HTMLElement; reopen: string | false }) {
  const banner = v._s.needsDecision;
  return (
    <div class={`r ${v._o.theme}`} lang={v._lang} dir={v._rtl ? 'rtl' : 'ltr'} hidden={!v._ready}>
      {v._css && <link rel="stylesheet" href={v._css} onLoad={v._do._styled} onError={v._do._styled} />}
      {banner && <BannerFrame v={v} host={host} />}
      {v._open && <Preferences v={v} />}
      {!banner && reopen && <Reopen v={v} corner={reopen} />}
      {!v._dismissed && conflicts(v).length > 0 && <Notice v={v} />}
      <p class="sr" role="status">
        {v._msg}
      </p>
    </div>
  );
}
