import { render } from 'preact';
import type { ConsentManager } from '../types';
import { beforeFrame } from '../utils/frame';
import { bannerContent } from './banner';
import { cookieTable } from './cookie-table';
import { deepActive } from './focus';
import en, { type Texts } from './i18n/en';
import { loadLanguage } from './i18n/load';
import { isRtl, pickLanguage } from './i18n/pick';
import { choices } from './links';
import { resolveUiOptions } from './options';
import { CHOICES, followControls, reopenCorner } from './reopen';
import { shell } from './shell';
import { canAdopt, css, sheet } from './styles';
import { about, conflicts, flagged, saleOn, type View } from './view';
import type { UiHandle, UiSource } from './handle';

export type { UiHandle, UiSource } from './handle';

const TRIGGERS = `[data-consentgate=open-preferences],${CHOICES}`;
const RENDERED = `${CHOICES},[data-consentgate=cookie-table]`;
/** How long (ms) a top bar may hold the page's first frame for its language file. */
const HOLD = 500;

/**
 * Mounts the visitor's UI for a manager: the banner while a decision is needed, the preferences
 * dialog, the re-open button, privacy-choices links and cookie tables. Renders into an open
 * shadow root on `<consentgate-ui>`, the first element of <body> (the banner is early in the
 * tab order); the first layer's content stays in the light DOM.
 */
export function mountUi(manager: ConsentManager, input?: unknown, source?: UiSource | null): UiHandle {
  const { options: o, errors } = resolveUiOptions(input);
  for (const error of errors) console.error(error);
  const doc = document;
  const base = source?.src && new URL('.', new URL(source.src, location.href)).href;
  const language = pickLanguage(o.language ?? (doc.documentElement.lang || navigator.language));
  // The banner's edge of the screen.
  const side = o.position.split('-')[0]!;
  const top = side === 'top';
  // A top bar may push the page down only if it draws before the page does (see pad()).
  const drawn = source?.drawn ?? !!doc.body;
  let room: boolean = top && o.layout === 'bar' && !drawn;
  const fetched = source?.language?.tag === language ? source.language.texts : undefined;
  const texts = language !== 'en' && base ? loadLanguage(language, base, source.nonce, room && HOLD, fetched) : undefined;
  // Every listener we add goes when this aborts.
  const life = new AbortController();
  const listen = { signal: life.signal };
  const pageSheet = canAdopt() && sheet('');
  const config = manager.config;
  let shadow: ShadowRoot;
  let returnTo: HTMLElement | null = null;
  let wantOpen = false;
  let off: (() => void) | undefined;
  const heard = new Set<() => void>(); // onLanguage's listeners
  // The whole page is parsed (DOMContentLoaded): its privacy-choices links and cookie tables are there.
  let parsed = false;
  // We may draw: the page was parsed or drawn before we were mounted, or its first frame has come.
  let ready = doc.readyState !== 'loading' || !!source?.drawn;
  // A top bar taking its room, or a modal the site made blocking, is part of the page's first
  // frame; any other UI draws right after it, so the page's first paint never waits for ours.
  const first = room || (o.layout === 'modal' && o.block);

  const decided = (decide: () => void) => () => {
    decide();
    v._msg = v._t.saved;
    v._close();
    paint();
  };

  const v: View = {
    _m: manager,
    _s: manager.state(),
    // The site's own words apply at once (placeholders may need them before the UI draws).
    _t: { ...en, ...o.text },
    _o: o,
    _draft: {},
    _svc: {},
    _show() {
      if (!v._host) wantOpen = true;
      else if (!v._open) {
        returnTo = deepActive();
        v._draft = {};
        v._svc = {};
        for (const c of config.categories) if (!c.required) v._draft[c.id] = manager.state().categories[c.id]!.granted;
        v._msg = '';
        v._open = true;
        paint();
      }
    },
    _close() {
      if (!v._open) return;
      v._open = false;
      paint();
      (returnTo?.isConnected ? returnTo : shadow.querySelector<HTMLElement>('.re'))?.focus();
    },
    _toggle(id) {
      v._draft[id] = !v._draft[id];
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
      for (const c of config.categories) {
        for (const s of c.services) if (!c.required && !categories.includes(c) && (s.sale || s.share)) v._svc[s.id] = on;
      }
      paint();
    },
    _save: decided(() => manager.set(v._draft, v._svc, 'custom')),
    _accept: decided(manager.acceptAll),
    _reject: decided(manager.rejectAll),
    _keep() {
      manager.set(Object.fromEntries(conflicts(v).map((id) => [id, true])), undefined, 'custom');
    },
    _dismiss() {
      v._dismissed = true;
      paint();
    },
    _styled() {
      v._wait = false;
      paint();
    },
  };

  function paint(): void {
    const host = v._host;
    if (!host) return;
    if (parsed) v._re = reopenCorner(v);
    render(v._s.needsDecision && bannerContent(v), host);
    render(shell(v), shadow);
    if (parsed) for (const el of doc.querySelectorAll(RENDERED)) render(el.matches(CHOICES) ? choices(v) : cookieTable(v), el);
    const frame = bannerFrame();
    measure?.disconnect();
    if (frame && measure && !room) measure.observe(frame);
    else pad();
  }

  const bannerFrame = () => o.layout !== 'modal' && shadow.querySelector<HTMLElement>('.f');
  // The banner's height comes from a ResizeObserver where there is one: reading it while drawing
  // would force the page's first layout inside our script (about 10 ms on the bench page). The
  // observer reports after the browser's own layout, and again whenever the banner's size
  // changes. Not for a top bar taking its room: that must be in place before the first layout,
  // or the page would be laid out twice and counted as shifted.
  const measure = typeof ResizeObserver == 'function' ? new ResizeObserver(() => pad()) : undefined;

  // WCAG 2.4.11: the page scrolls focused elements clear of the banner, through a stylesheet the
  // document adopts. Below a bottom banner the page also gets room to scroll its last lines
  // clear. Above the page, a top bar takes its room only if it was drawn before the page's first
  // frame (`room`): pushing down what the visitor already sees is a layout shift, so a bar
  // mounted later covers the top until they decide. The room moves only the page's flow: a
  // header the page fixes (or places absolutely) at the top stays under the bar. Once the bar
  // has gone it never takes room again. A box in a top corner covers only that corner.
  // The room adds to any padding and scroll-padding the page gives <html> itself (a sticky
  // header's scroll-padding-top, say): its own values are read with our rule set aside.
  function pad(): void {
    const frame = bannerFrame();
    const size = frame ? frame.offsetHeight + 8 : 0;
    room &&= !!frame;
    if (!pageSheet) return;
    pageSheet.replaceSync('');
    const own = getComputedStyle(doc.documentElement);
    const plus = (property: string) => `${property}:calc(${own.getPropertyValue(property).replace('auto', '') || '0px'} + ${size}px)`;
    if (frame) pageSheet.replaceSync(`html{${plus(`scroll-padding-${side}`)}${room || !top ? `;${plus(`padding-${side}`)}` : ''}}`);
  }

  // A click on, or Enter in, any open-preferences or privacy-choices element opens the dialog
  // (links and buttons already turn Enter into a click).
  const trigger = (event: Event) => {
    const target = event.target as Element;
    if (
      target.closest?.(TRIGGERS) &&
      (event.type === 'click' || ((event as KeyboardEvent).key === 'Enter' && !/^(A|BUTTON)$/.test(target.tagName)))
    ) {
      event.preventDefault();
      v._show();
    }
  };

  /**
   * Puts the UI's host, empty, at the top of <body> once there is one and the language, if one
   * is loading, has arrived: in the page's first frame at the latest, so that the page's first
   * layout already has it and drawing into it later does not lay the page out again.
   */
  function start(loaded?: Partial<Texts>): void {
    v._t = { ...en, ...loaded, ...o.text };
    if (loaded) heard.forEach((listener) => listener());
    // No translation arrived (and the site gave none): say that the UI is in English.
    const translated = loaded || o.language || Object.keys(o.text).length;
    v._lang = translated ? o.language ?? language : 'en';
    v._dir = translated && isRtl(language) ? 'rtl' : 'ltr';
    const host = doc.createElement('consentgate-ui');
    host.className = `${o.layout} ${o.position.replace('-', ' ')}${o.block ? ' block' : ''}`;
    host.lang = v._lang;
    host.dir = v._dir;
    shadow = host.attachShadow({ mode: 'open' });
    if (pageSheet) {
      shadow.adoptedStyleSheets = [sheet(css)];
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, pageSheet];
    } else {
      v._css = o.stylesheet ?? (base && `${base}consentgate.css`);
      v._wait = !!v._css;
    }
    v._host = host;
    doc.body.prepend(host);
    // Listening starts here, not when mounted: on a loading page the gate, created after us,
    // then hears a decision first and releases before we re-render (about 7 ms of Preact).
    v._s = manager.state();
    off = manager.on('change', ({ state }) => {
      v._s = state;
      paint();
    });
    doc.addEventListener('click', trigger, listen);
    doc.addEventListener('keydown', trigger, listen);
    if (!measure) addEventListener('resize', pad, listen);
    if (wantOpen) v._show();
  }

  /**
   * What needs the whole page, at DOMContentLoaded: the re-open button (while the page has no
   * control of its own), privacy-choices links and cookie tables. The page's scripts may have
   * moved or removed us while parsing (body.innerHTML = …): we go back to the top of <body>.
   */
  function finish(): void {
    const host = v._host!;
    if (doc.body.firstChild !== host) doc.body.prepend(host);
    followControls(v, paint, life.signal);
    parsed = true;
  }

  // null while the language file is loading.
  let got: Partial<Texts> | undefined | null = texts && null;
  // Does what is due; draws it all in one render once we may draw (a page parsed before its first
  // frame gets the banner and its own parts at once).
  const next = () => {
    if (got === null || !doc.body || life.signal.aborted) return;
    if (!v._host) start(got);
    if (!parsed && doc.readyState !== 'loading') finish();
    if (ready) paint();
  };
  texts?.then((loaded) => {
    got = loaded;
    next();
  });
  doc.addEventListener('DOMContentLoaded', next, listen);
  // Animation-frame callbacks run just before a frame is drawn: the first one that finds <body>
  // is the page's first frame. What belongs in it draws there; anything else joins it as the
  // empty host and draws in the task after it (the banner shows one frame after the page). If the
  // language file has not come by then (later than HOLD, or the browser cannot hold its first
  // frame), the page is drawn without us and a bar must not push it down later.
  const draw = () => {
    ready = true;
    next();
    room &&= !!v._host;
  };
  const frame = () => (doc.body ? (first ? draw() : (next(), setTimeout(draw))) : beforeFrame(frame));
  // A top bar that may still take its room goes through the first frame even on a parsed page.
  ready && !room ? next() : beforeFrame(frame);

  return {
    showPreferences: v._show,
    label: (id) => about(v, config.categories.find((c) => c.id === id) ?? { id })[0],
    text: (key) => (v._t as Record<string, string | undefined>)[key],
    onLanguage(listener) {
      heard.add(listener);
      return () => heard.delete(listener);
    },
    destroy() {
      life.abort();
      measure?.disconnect();
      off?.();
      if (pageSheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== pageSheet);
      const host = v._host;
      if (!host) return;
      render(null, host);
      render(null, shadow);
      for (const el of doc.querySelectorAll(RENDERED)) render(null, el);
      host.remove();
      v._host = undefined;
    },
  };
}
