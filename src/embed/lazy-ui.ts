import type { ConsentManager, ConsentState, UiOptions } from '../types';
import { fetchLanguage, pickLanguage, type UiHandle, type UiSource } from '../ui';
import { beforeFrame } from '../utils/frame';
import { loadChunk, type Origin } from './chunk';

/** The chunk that holds the visitor's UI (see ./ui-chunk.ts). */
export const UI_CHUNK = 'consentgate-ui.js';

type UiChunk = { mountUi(manager: ConsentManager, input: unknown, source: UiSource): UiHandle };

const TRIGGERS = '[data-consentgate=open-preferences],[data-consentgate=privacy-choices]';
const RENDERED = '[data-consentgate=privacy-choices],[data-consentgate=cookie-table]';
/** How long (ms) a top bar or a blocking modal may hold the page's first frame for the UI and its language. */
const HOLD = 500;

/** A stored opt-in that a GPC signal now overrides: the UI offers to confirm it. */
const conflict = (s: ConsentState) =>
  s.signals.gpc && Object.entries(s.categories).some(([id, c]) => c.reason === 'gpc' && s.record?.categories[id] === true);

/**
 * The script tag's UI, fetched from beside consentgate.js only when the page needs it: a decision
 * is due (at start or later), a re-open control or a GPC notice is to be shown, the page holds a
 * privacy-choices link or a cookie table, or the visitor shows intent to open the preferences
 * (pointer or focus on a trigger, a click, `showPreferences()`). Until it has arrived the handle
 * answers for it: the gate's placeholders use the site's own labels and English, and are drawn
 * again in the UI's words when it comes. A chunk that cannot be loaded changes nothing that was
 * decided (fail closed); the next `showPreferences()` or trigger tries again.
 */
export function lazyUi(manager: ConsentManager, input: UiOptions | undefined, origin: Origin): UiHandle {
  const doc = document;
  const heard = new Set<() => void>();
  let handle: UiHandle | undefined;
  let loading: Promise<unknown> | undefined;
  let want = false;
  let drawn = false;
  let stopped = false;
  const ui = (typeof input === 'object' && input) || {};
  const own = (key: string) => {
    const text = (ui.text as Record<string, unknown> | undefined)?.[key];
    return typeof text == 'string' ? text : undefined;
  };

  const load = () => {
    if (loading) return;
    // A top bar may take its room above the page only if it draws before the page's first frame,
    // and a modal the site made blocking is never to be seen missing: both hold that frame.
    const bar = !ui.layout?.match(/box|modal/) && ui.position === 'top';
    const hold = !drawn && (bar || (ui.layout === 'modal' && ui.block === true)) && HOLD;
    // The page's language file loads beside the chunk, not after it (one round trip, not two).
    const tag = pickLanguage(ui.language ?? (doc.documentElement.lang || navigator.language));
    const language = tag !== 'en' && origin.base ? { tag, texts: fetchLanguage(tag, origin.base, origin.nonce, hold) } : undefined;
    loading = loadChunk<UiChunk>(UI_CHUNK, origin, hold).then(
      (chunk) => {
        if (stopped) return;
        const source: UiSource = { src: origin.base, drawn };
        if (origin.nonce) source.nonce = origin.nonce;
        if (language) source.language = language;
        handle = chunk.mountUi(manager, input, source);
        handle.onLanguage(() => heard.forEach((listener) => listener()));
        // What was drawn before the UI came (the gate's placeholders) is drawn again in its words.
        heard.forEach((listener) => listener());
        if (want) handle.showPreferences();
      },
      () => (loading = undefined),
    );
  };

  const show = () => {
    if (handle) return handle.showPreferences();
    want = true;
    load();
  };

  // Until the UI is here, a trigger's click (or Enter) opens the preferences once it has come;
  // pointer or focus on a trigger starts loading it. After that the UI listens for itself.
  const intent = (event: Event) => {
    if (handle || !(event.target as Element).closest?.(TRIGGERS)) return;
    const key = (event as KeyboardEvent).key;
    if (event.type === 'click' || (key === 'Enter' && !/^(A|BUTTON)$/.test((event.target as Element).tagName))) {
      event.preventDefault();
      show();
    } else if (!key) load();
  };
  for (const type of ['click', 'keydown', 'pointerover', 'focusin']) doc.addEventListener(type, intent);

  const state = manager.state();
  if (state.needsDecision || conflict(state)) load();
  // A re-open control alone is no reason to compete with the page's own loading: it comes once
  // the page has loaded.
  else if (ui.reopen !== false) doc.readyState === 'complete' ? load() : addEventListener('load', load);
  manager.on('change', (event) => event.state.needsDecision && load());
  const parsed = () => doc.querySelector(RENDERED) && load();
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', parsed);
  else parsed();
  const mark = () => (doc.body ? (drawn = true) : beforeFrame(mark));
  beforeFrame(mark);

  return {
    showPreferences: show,
    // Until the UI is here: the site's own words (its labels and `ui.text`), else the gate's.
    label: (id) => handle?.label(id) ?? (manager.config.categories.find((c) => c.id === id)?.label || own(`${id}Name`) || id),
    text: (key) => (handle ? handle.text(key) : own(key)),
    onLanguage(listener) {
      heard.add(listener);
      return () => heard.delete(listener);
    },
    destroy() {
      stopped = true;
      for (const type of ['click', 'keydown', 'pointerover', 'focusin']) doc.removeEventListener(type, intent);
      handle?.destroy();
    },
  };
}
