/** @jsxRuntime classic */
/** @jsx h */
import { h, render } from 'preact';
import type { ConsentManager } from '../types';
import { BannerContent } from './banner';
import { Choices } from './choices';
import { CookieTable } from './cookie-table';
import { deepActive } from './focus';
import en, { type Texts } from './i18n/en';
import { loadLanguage } from './i18n/load';
import { isRtl, pickLanguage } from './i18n/pick';
import { resolveUiOptions } from './options';
import { Shell } from './shell';
import { adoptStyles, canAdopt, sheet } from './styles';
import { conflicts, flagged, saleOn, type Actions, type View } from './view';

export interface UiHandle {
  /** Opens the preferences dialog. */
  showPreferences(): void;
  /** Removes everything the UI added to the page. */
  destroy(): void;
}

/** Where the script came from: language files and the fallback stylesheet are loaded beside it. */
export interface UiSource {
  src?: string;
  nonce?: string;
}

const TRIGGERS = '[data-consentgate=open-preferences],[data-consentgate=privacy-choices]';

/**
 * Mounts the visitor's UI for a manager: the banner while a decision is needed, the preferences
 * dialog, the re-open button, privacy-choices links and cookie tables. Renders into an open
 * shadow root on `<consentgate-ui>`, the first element of <body> (the banner is early in the
 * tab order); the first layer's content stays in the light DOM.
 */
export function mountUi(manager: ConsentManager, input?: unknown, source?: UiSource | null): UiHandle {
  const { options, errors } = resolveUiOptions(input);
  for (const error of errors) console.error(error);
  const doc = document;
  const base = source?.src ? new URL('.', new URL(source.src, location.href)).href : undefined;
  const language = pickLanguage(options.language ?? (doc.documentElement.lang || navigator.language));
  const texts = language !== 'en' && base ? loadLanguage(language, base, source?.nonce) : undefined;

  let host: HTMLElement | undefined;
  let shadow: ShadowRoot;
  let reopen: string | false = false;
  let returnTo: HTMLElement | null = null;
  let wantOpen = false;
  let gone = false;
  const pageSheet = canAdopt(doc) ? sheet('') : undefined;

  const act: Actions = {
    _show() {
      if (!host) return void (wantOpen = true);
      if (v._open) return;
      returnTo = deepActive();
      v._draft = {};
      for (const c of manager.config.categories) if (!c.required) v._draft[c.id] = manager.state().categories[c.id]!.granted;
      v._svc = {};
      v._msg = '';
      v._open = true;
      paint();
    },
    _close() {
      if (!v._open) return;
      v._open = false;
      paint();
      const target = returnTo?.isConnected ? returnTo : shadow.querySelector<HTMLElement>('.re');
      target?.focus();
    },
    _toggle(id) {
      v._draft = { ...v._draft, [id]: !v._draft[id] };
      paint();
    },
    _sale() {
      // Off: every sale/share category off. On: back to the regime's defaults (session replay
      // stays off unless chosen on its own), or all on where nothing is on by default.
      const on = !saleOn(v);
      const categories = flagged(v);
      const defaults = categories.some((c) => c.default);
      for (const c of categories) v._draft[c.id] = on && (c.default || !defaults || !!v._draft[c.id]);
      // Flagged services in categories that are not flagged themselves.
      for (const c of manager.config.categories) {
        for (const s of c.services) if (!c.required && !categories.includes(c) && (s.sale || s.share)) v._svc[s.id] = on;
      }
      paint();
    },
    _save: () => decided(() => manager.set(v._draft, v._svc, 'custom')),
    _accept: () => decided(manager.acceptAll),
    _reject: () => decided(manager.rejectAll),
    _keep() {
      manager.set(Object.fromEntries(conflicts(v).map((id) => [id, true])), undefined, 'custom');
    },
    _dismiss() {
      v._dismissed = true;
      paint();
    },
    _styled() {
      v._ready = true;
      paint();
    },
  };

  const v: View = {
    _m: manager,
    _s: manager.state(),
    _t: { ...en, ...options.text },
    _o: options,
    _lang: options.language ?? language,
    _rtl: isRtl(language),
    _open: false,
    _draft: {},
    _svc: {},
    _dismissed: false,
    _msg: '',
    _ready: true,
    _do: act,
  };

  function decided(decide: () => void): void {
    decide();
    v._msg = v._t.saved;
    act._close();
    paint();
  }

  function paint(): void {
    if (!host) return;
    render(v._s.needsDecision ? <BannerContent v={v} /> : null, host);
    render(<Shell v={v} host={host} reopen={reopen} />, shadow);
    for (const el of doc.querySelectorAll('[data-consentgate=privacy-choices]')) render(<Choices v={v} />, el);
    for (const el of doc.querySelectorAll('[data-consentgate=cookie-table]')) render(<CookieTable v={v} />, el);
    pad();
  }

  // WCAG 2.4.11: the page scrolls focused elements clear of the banner, through a stylesheet the
  // document adopts (no style attribute on the page). Below a bottom banner the page also gets
  // room to scroll its last lines clear; nothing above moves, so there is no layout shift.
  function pad(): void {
    const frame = v._o.layout !== 'modal' && shadow.querySelector<HTMLElement>('.f');
    const size = frame ? frame.offsetHeight + 8 : 0;
    const rules = v._o.position.startsWith('top')
      ? `scroll-padding-top:${size}px`
      : `scroll-padding-bottom:${size}px;padding-bottom:${size}px`;
    pageSheet?.replaceSync(frame ? `html{${rules}}` : '');
  }

  const trigger = (event: Event): boolean => {
    const target = event.target as Element;
    if (!target.closest?.(TRIGGERS)) return false;
    event.preventDefault();
    act._show();
    return true;
  };
  const onClick = (event: MouseEvent) => trigger(event);
  // Buttons and links already turn Enter into a click.
  const onKey = (event: KeyboardEvent) =>
    event.key === 'Enter' && !/^(A|BUTTON)$/.test((event.target as Element).tagName) && trigger(event);

  function start(loaded?: Partial<Texts>): void {
    if (gone) return;
    v._t = { ...en, ...loaded, ...options.text };
    // No translation arrived (and the site gave none): say that the UI is in English.
    if (!loaded && !options.language && !Object.keys(options.text).length) {
      v._lang = 'en';
      v._rtl = false;
    }
    host = doc.createElement('consentgate-ui');
    host.lang = v._lang;
    host.dir = v._rtl ? 'rtl' : 'ltr';
    shadow = host.attachShadow({ mode: 'open' });
    if (!adoptStyles(shadow)) {
      v._css = options.stylesheet ?? (base && `${base}consentgate.css`);
      v._ready = !v._css;
    }
    if (pageSheet) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, pageSheet];
    reopen = options.reopen === 'auto' ? !doc.querySelector(TRIGGERS) && 'bottom-left' : options.reopen;
    doc.body.prepend(host);
    paint();
    doc.addEventListener('click', onClick);
    doc.addEventListener('keydown', onKey);
    addEventListener('resize', pad);
    if (wantOpen) act._show();
  }

  const off = manager.on('change', ({ state }) => {
    v._s = state;
    paint();
  });
  const ready = () => (texts ? texts.then(start) : start());
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', ready, { once: true });
  else ready();

  return {
    showPreferences: act._show,
    destroy() {
      gone = true;
      off();
      doc.removeEventListener('click', onClick);
      doc.removeEventListener('keydown', onKey);
      removeEventListener('resize', pad);
      doc.removeEventListener('DOMContentLoaded', ready);
      if (pageSheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== pageSheet);
      if (!host) return;
      render(null, host);
      render(null, shadow);
      for (const el of doc.querySelectorAll('[data-consentgate=privacy-choices],[data-consentgate=cookie-table]')) render(null, el);
      host.remove();
      host = undefined;
    },
  };
}
