import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsentManager } from '../types';
import de from './i18n/de';
import { mountUi, type UiHandle } from './mount';
import { testManager } from './testing';

let handle: UiHandle | undefined;
afterEach(() => {
  handle?.destroy();
  handle = undefined;
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function mount(manager: ConsentManager, options?: unknown, source?: { src?: string; nonce?: string }) {
  handle = mountUi(manager, options, source);
  return drawn();
}

/** The mounted UI's parts. */
function drawn() {
  const host = document.querySelector('consentgate-ui') as HTMLElement;
  const shadow = host.shadowRoot!;
  return {
    host,
    shadow,
    /** Buttons of the first layer, in the light DOM. */
    button: (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name),
    dialog: () => shadow.querySelector('dialog.d'),
    inDialog: (name: string) =>
      [...shadow.querySelectorAll('dialog button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name) as HTMLElement,
    switchFor: (label: string) => {
      const heading = [...shadow.querySelectorAll('h3')].find((h) => h.textContent === label)!;
      return shadow.querySelector(`[role=switch][aria-labelledby="${heading.id}"]`);
    },
  };
}

const EU = { region: 'DE', privacyPolicyUrl: '/privacy' };
const US = { region: 'US-CA' };

describe('the first layer', () => {
  it('shows only while a decision is needed, with its text and buttons in the light DOM', () => {
    const manager = testManager(EU);
    const ui = mount(manager);
    expect(ui.host.parentElement).toBe(document.body);
    expect(document.body.firstElementChild).toBe(ui.host);
    expect(ui.host.querySelector('p')!.textContent).toMatch(/We use cookies/);
    expect(ui.host.querySelector('a')!.getAttribute('href')).toBe('/privacy');
    expect(ui.button('Accept all')).toBeTruthy();
    expect(ui.button('Customise')).toBeTruthy();
    // Accept and Reject get exactly the same treatment.
    expect(ui.button('Reject all')!.className).toBe(ui.button('Accept all')!.className);
    const frame = ui.shadow.querySelector('[part=banner]')!;
    expect(frame.getAttribute('role')).toBe('region');
    expect(frame.getAttribute('aria-label')).toBe('Cookies and privacy');
    expect(frame.querySelector('slot')).toBeTruthy();

    ui.button('Reject all')!.click();
    expect(manager.state().needsDecision).toBe(false);
    expect(manager.record!.method).toBe('reject-all');
    expect(ui.host.children).toHaveLength(0);
    expect(ui.shadow.querySelector('[part=banner]')).toBeNull();
    expect(ui.shadow.querySelector('[part=reopen]')!.textContent).toBe('Privacy settings');
    expect(ui.shadow.querySelector('[role=status]')!.textContent).toBe('Your choices were saved.');
  });

  it('accepts with one click', () => {
    const manager = testManager(EU);
    mount(manager).button('Accept all')!.click();
    expect(manager.record!.method).toBe('accept-all');
    expect(manager.get('advertising')).toBe(true);
  });

  it('is a modal dialog when the site asks to block the page', () => {
    const ui = mount(testManager(EU), { layout: 'modal', block: true });
    const frame = ui.shadow.querySelector('[part=banner]')!;
    expect(frame.tagName).toBe('DIALOG');
    expect(frame.getAttribute('aria-modal')).toBe('true');
    expect(frame.hasAttribute('open')).toBe(true);
    // Escape is not a decision.
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ui.shadow.querySelector('[part=banner]')).toBeTruthy();
  });

  it('shows no banner in the opt-out regime, but a privacy-choices link', () => {
    document.body.innerHTML = '<footer><span data-consentgate="privacy-choices"></span></footer>';
    const ui = mount(testManager(US));
    expect(ui.shadow.querySelector('[part=banner]')).toBeNull();
    expect(ui.host.children).toHaveLength(0);
    const link = document.querySelector('[data-consentgate=privacy-choices] a')!;
    expect(link.textContent).toBe('Your Privacy Choices ');
    expect(link.querySelector('svg')!.getAttribute('aria-label')).toBe('California Consumer Privacy Act (CCPA) Opt-Out Icon');
    // The page has its own link, so no floating button is added.
    expect(ui.shadow.querySelector('[part=reopen]')).toBeNull();
    (link as HTMLElement).click();
    expect(ui.dialog()).toBeTruthy();
    expect(ui.shadow.querySelector('#cg-sale')!.textContent).toBe('Sale and sharing of personal information');
  });

  it('offers "Do Not Sell or Share" when configured', () => {
    document.body.innerHTML = '<span data-consentgate="privacy-choices"></span>';
    mount(testManager(US), { optOutLink: 'both' });
    const links = [...document.querySelectorAll('[data-consentgate=privacy-choices] a')].map((a) => a.textContent);
    expect(links).toEqual(['Your Privacy Choices ', 'Do Not Sell or Share My Personal Information']);
  });
});

describe('timing', () => {
  /** A page still loading: animation frames and timers run only when the test says so. */
  function loading() {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    /** The browser draws a frame: its animation-frame callbacks run first. */
    const nextFrame = () => {
      for (const callback of frames.splice(0)) callback(0);
    };
    return { state, nextFrame };
  }
  const host = () => document.querySelector('consentgate-ui');
  const banner = () => host()?.shadowRoot!.querySelector('[part=banner]') ?? null;

  it('draws the banner right after the page\'s first frame, and what needs the whole page at DOMContentLoaded', () => {
    const { state, nextFrame } = loading();
    document.body.innerHTML = '<p>page</p>';
    handle = mountUi(testManager(EU));
    expect(host()).toBeNull();
    // The page's first frame gets our host, empty (so the page is not laid out again for it),
    // but none of our drawing: its first paint does not wait for us.
    nextFrame();
    expect(host()!.parentElement).toBe(document.body);
    expect(host()!.childNodes).toHaveLength(0);
    expect(host()!.shadowRoot!.childNodes).toHaveLength(0);
    // The task after that frame draws the banner (shown in the next frame).
    vi.runOnlyPendingTimers();
    expect(banner()).toBeTruthy();
    const ui = drawn();
    expect(ui.button('Reject all')).toBeTruthy();
    // The page's own parts are not there yet.
    document.body.insertAdjacentHTML('beforeend', '<span data-consentgate="privacy-choices"></span>');
    ui.button('Customise')!.click();
    ui.inDialog('Close').click();
    expect(document.querySelector('[data-consentgate=privacy-choices] a')).toBeNull();
    // A page script moved us while the page was parsing.
    document.body.append(ui.host);
    state.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(document.body.firstChild).toBe(ui.host);
    expect(document.querySelector('[data-consentgate=privacy-choices] a')).toBeTruthy();
    // The page has its own control: no floating re-open button once the visitor decides.
    ui.button('Reject all')!.click();
    expect(ui.shadow.querySelector('[part=reopen]')).toBeNull();
  });

  it('a page parsed before its first frame gets the banner and its own parts in one go after that frame', () => {
    const { state, nextFrame } = loading();
    document.body.innerHTML = '<span data-consentgate="privacy-choices"></span>';
    handle = mountUi(testManager(EU));
    state.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(banner()).toBeNull();
    expect(document.querySelector('[data-consentgate=privacy-choices] a')).toBeNull();
    nextFrame();
    expect(banner()).toBeNull();
    vi.runOnlyPendingTimers();
    expect(drawn().button('Accept all')).toBeTruthy();
    expect(document.querySelector('[data-consentgate=privacy-choices] a')).toBeTruthy();
  });

  it('a modal the site made blocking is drawn in the page\'s first frame', () => {
    const { nextFrame } = loading();
    handle = mountUi(testManager(EU), { layout: 'modal', block: true });
    expect(host()).toBeNull();
    nextFrame();
    expect(drawn().shadow.querySelector('dialog[part=banner]')).toBeTruthy();
  });

  it('on a loading page, listeners added after mounting (the gate) hear a decision before the UI re-renders', () => {
    const { nextFrame } = loading();
    document.body.innerHTML = '<p>page</p>';
    const manager = testManager(EU);
    handle = mountUi(manager);
    // What the script tag does next: the gate subscribes, and releases on the decision.
    let bannerWhenHeard: Element | null | undefined;
    manager.on('change', () => (bannerWhenHeard = banner()));
    nextFrame();
    vi.runOnlyPendingTimers();
    drawn().button('Accept all')!.click();
    // The release was not held back behind our render: the banner was still up when it ran.
    expect(bannerWhenHeard).toBeTruthy();
    expect(banner()).toBeNull();
  });

  it('a decision made before the UI has drawn is what it draws', () => {
    const { nextFrame } = loading();
    const manager = testManager(EU);
    handle = mountUi(manager);
    manager.acceptAll();
    nextFrame();
    vi.runOnlyPendingTimers();
    expect(banner()).toBeNull();
  });

  it('a top bar mounted before <body> takes its room in the page\'s first frame', () => {
    const { nextFrame } = loading();
    const body = document.body;
    body.remove();
    try {
      handle = mountUi(testManager(EU), { position: 'top' });
      // A frame before <body> exists draws nothing of the page.
      nextFrame();
      document.documentElement.append(body);
      nextFrame();
      expect(drawn().button('Accept all')).toBeTruthy();
    } finally {
      if (!body.isConnected) document.documentElement.append(body);
    }
  });
});

describe('the preferences dialog', () => {
  it('starts every switch from the current state: all off before a decision in opt-in', () => {
    const ui = mount(testManager(EU));
    ui.button('Customise')!.click();
    const dialog = ui.dialog()!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(ui.shadow.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Privacy preferences');
    const switches = [...dialog.querySelectorAll('[role=switch]')];
    expect(switches).toHaveLength(5);
    expect(switches.every((s) => s.getAttribute('aria-checked') === 'false')).toBe(true);
    // Necessary is shown on and locked, not a switch.
    expect(ui.switchFor('Strictly necessary')).toBeNull();
    expect(dialog.querySelector('.on')!.textContent).toBe('Always on');
  });

  it('reflects earlier choices and saves with method "custom"', () => {
    const manager = testManager(EU);
    manager.set({ analytics: true, advertising: false, functional: false, social: false, session_replay: false });
    const ui = mount(manager);
    handle!.showPreferences();
    expect(ui.switchFor('Analytics')!.getAttribute('aria-checked')).toBe('true');
    expect(ui.switchFor('Advertising')!.getAttribute('aria-checked')).toBe('false');

    const set = vi.spyOn(manager, 'set');
    (ui.switchFor('Advertising') as HTMLElement).click();
    expect(ui.switchFor('Advertising')!.getAttribute('aria-checked')).toBe('true');
    expect(manager.get('advertising')).toBe(false); // nothing changes before Save
    ui.inDialog('Save choices').click();
    expect(set).toHaveBeenCalledWith(
      { functional: false, analytics: true, advertising: true, session_replay: false, social: false },
      {},
      'custom',
    );
    expect(manager.get('advertising')).toBe(true);
    expect(ui.dialog()).toBeNull();
  });

  it('lists each category\'s services with provider, purpose, cookies and privacy policy', () => {
    const ui = mount(
      testManager({
        ...EU,
        categories: [
          {
            id: 'analytics',
            services: [
              {
                id: 'ga',
                name: 'Google Analytics',
                provider: 'Google Ireland',
                purpose: 'Counts visits',
                privacyPolicyUrl: 'https://policies.google.com/privacy',
                cookies: [{ name: /^_ga_/, expiry: '2 years', description: 'Session state' }, '_gid'],
              },
            ],
          },
        ],
      }),
    );
    handle!.showPreferences();
    const details = ui.dialog()!.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toBe('Services (1)');
    const text = details.textContent!;
    expect(text).toContain('Google Analytics');
    expect(text).toContain('Provider: Google Ireland');
    expect(text).toContain('Purpose: Counts visits');
    expect(text).toContain('_ga_* · Lifetime: 2 years · Session state');
    expect(text).toContain('_gid');
    expect(details.querySelector('a')!.getAttribute('href')).toBe('https://policies.google.com/privacy');
  });

  it('opens from any data-consentgate="open-preferences" element, by click or Enter', () => {
    document.body.innerHTML = '<a href="#" data-consentgate="open-preferences"><span>Cookies</span></a><div tabindex="0" data-consentgate="open-preferences">x</div>';
    const ui = mount(testManager(EU));
    const [link, div] = document.querySelectorAll<HTMLElement>('[data-consentgate=open-preferences]');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link!.querySelector('span')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(ui.dialog()).toBeTruthy();
    ui.inDialog('Close').click();
    expect(ui.dialog()).toBeNull();
    div!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(ui.dialog()).toBeTruthy();
  });

  it('closes on Escape without deciding and gives focus back', () => {
    document.body.innerHTML = '<button data-consentgate="open-preferences">Privacy</button>';
    const manager = testManager(EU);
    const ui = mount(manager);
    const opener = document.querySelector<HTMLElement>('[data-consentgate=open-preferences]')!;
    opener.focus();
    opener.click();
    ui.dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(ui.dialog()).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(manager.state().needsDecision).toBe(true);
  });

  it('reject all in the dialog rejects', () => {
    const manager = testManager(EU);
    const ui = mount(manager);
    handle!.showPreferences();
    ui.inDialog('Reject all').click();
    expect(manager.record!.method).toBe('reject-all');
  });

  it('shows text as text, never as HTML', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const ui = mount(testManager({ ...EU, categories: [{ id: 'analytics', label: evil, description: evil }] }), {
      text: { accept: evil },
    });
    handle!.showPreferences();
    expect(ui.button(evil)).toBeTruthy();
    expect(ui.shadow.querySelector('h3#cg-c1')!.textContent).toBe(evil);
    expect(document.querySelector('img')).toBeNull();
    expect(ui.shadow.querySelector('img')).toBeNull();
  });
});

describe('category names', () => {
  // The core holds no display texts: only the site's own label ('Videos' below) comes through.
  const textless = (manager: ConsentManager): ConsentManager =>
    Object.assign(Object.create(manager) as ConsentManager, {
      config: {
        ...manager.config,
        categories: manager.config.categories.map(({ label, description, ...c }) => (label === 'Videos' ? { ...c, label } : c)),
      },
    });

  it.each([
    ['a core without texts', (m: ConsentManager) => textless(m)],
    ['a core that fills in English defaults', (m: ConsentManager) => m],
  ])('names built-in categories in the page language, with %s; the site\'s label wins', (_, core) => {
    document.body.innerHTML = '<div data-consentgate="cookie-table"></div>';
    const manager = core(testManager({ ...EU, categories: [{ id: 'analytics' }, { id: 'social', label: 'Videos' }, { id: 'forum' }] }));
    const ui = mount(manager, { language: 'de', text: de });
    handle!.showPreferences();
    expect([...ui.shadow.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Unbedingt erforderlich', 'Statistik', 'Videos', 'forum']);
    expect(ui.shadow.querySelector('#cg-c1d')!.textContent).toBe(de.analyticsInfo);
    expect([...document.querySelectorAll('[data-consentgate=cookie-table] strong')].map((s) => s.textContent)).toEqual([
      'Unbedingt erforderlich',
      'Statistik',
      'Videos',
      'forum',
    ]);
    // The script tag's placeholders ask the UI for names in the same language.
    expect(['analytics', 'social', 'forum', 'session_replay', 'nope'].map((id) => handle!.label(id))).toEqual([
      'Statistik',
      'Videos',
      'forum',
      'Sitzungsaufzeichnung',
      'nope',
    ]);
  });

  it('never takes a UI text for a category that only shares its id with one', () => {
    const ui = mount(testManager({ ...EU, categories: [{ id: 'name' }, { id: 'sale' }] }));
    handle!.showPreferences();
    expect([...ui.shadow.querySelectorAll('h3')].map((h) => h.textContent)).toContain('sale');
    expect(handle!.label('name')).not.toBe('Name');
  });
});

describe('opt-out regime and Global Privacy Control', () => {
  it('shows "Opt-Out Request Honored" and the switch opted out when GPC was honoured, with no pop-up', () => {
    document.body.innerHTML = '<p data-consentgate="privacy-choices"></p>';
    const manager = testManager(US, { gpc: true });
    const ui = mount(manager);
    expect(ui.shadow.querySelector('[part=banner]')).toBeNull();
    expect(ui.dialog()).toBeNull();
    expect(document.querySelector('[data-consentgate=privacy-choices]')!.textContent).toContain('Opt-Out Request Honored');
    handle!.showPreferences();
    expect(ui.switchFor('Sale and sharing of personal information')!.getAttribute('aria-checked')).toBe('false');
    expect(ui.shadow.querySelector('.c [role=status]')!.textContent).toBe('Opt-Out Request Honored');
  });

  it('turns every sale/share category off with the one switch', () => {
    const manager = testManager(US);
    const ui = mount(manager, { reopen: 'bottom-right' });
    expect(ui.shadow.querySelector('[part=reopen]')!.textContent).toBe('Your Privacy Choices ');
    handle!.showPreferences();
    const sale = ui.switchFor('Sale and sharing of personal information') as HTMLElement;
    expect(sale.getAttribute('aria-checked')).toBe('true');
    sale.click();
    expect(ui.switchFor('Advertising')!.getAttribute('aria-checked')).toBe('false');
    expect(ui.switchFor('Functional')!.getAttribute('aria-checked')).toBe('true');
    ui.inDialog('Save choices').click();
    expect(manager.get('advertising')).toBe(false);
    expect(manager.get('analytics')).toBe(false);
    expect(manager.get('social')).toBe(false);
    expect(manager.get('functional')).toBe(true);
  });

  it('offers to confirm a stored opt-in that GPC now overrides, quietly', () => {
    const store = {};
    testManager(US, { store }).set({ advertising: true, analytics: true }, undefined, 'custom');
    const manager = testManager(US, { store, gpc: true });
    expect(manager.get('advertising')).toBe(false);
    const ui = mount(manager);
    const notice = ui.shadow.querySelector('[part=notice]')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('Global Privacy Control');
    expect(ui.dialog()).toBeNull();

    const set = vi.spyOn(manager, 'set');
    [...notice.querySelectorAll('button')].find((b) => b.textContent === 'Keep my permission')!.click();
    // Social was on by default when the visitor chose, so it is part of the opt-in too.
    expect(set).toHaveBeenCalledWith({ analytics: true, advertising: true, social: true }, undefined, 'custom');
    expect(manager.get('advertising')).toBe(true);
    expect(ui.shadow.querySelector('[part=notice]')).toBeNull();
  });

  it('lets the visitor dismiss the notice', () => {
    const store = {};
    testManager(US, { store }).set({ advertising: true }, undefined, 'custom');
    const ui = mount(testManager(US, { store, gpc: true }));
    [...ui.shadow.querySelectorAll('[part=notice] button')].find((b) => b.textContent === 'Dismiss')!.dispatchEvent(new MouseEvent('click'));
    expect(ui.shadow.querySelector('[part=notice]')).toBeNull();
  });
});

describe('cookie declaration', () => {
  it('renders categories, services and cookies into data-consentgate="cookie-table"', () => {
    document.body.innerHTML = '<main><div data-consentgate="cookie-table"></div></main>';
    mount(
      testManager({
        ...EU,
        categories: [
          { id: 'analytics', label: 'Stats', services: [{ id: 'm', name: 'Matomo', cookies: [{ name: '_pk_id', expiry: '13 months', description: 'Visitor id' }] }] },
        ],
      }),
    );
    const table = document.querySelector('[data-consentgate=cookie-table] table')!;
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Name', 'Service', 'Lifetime', 'Description']);
    expect([...table.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['_pk_id', 'Matomo', '13 months', 'Visitor id']);
    expect(document.querySelector('[data-consentgate=cookie-table]')!.textContent).toContain('Strictly necessary');
  });
});

describe('styles', () => {
  it('without adoptedStyleSheets, links the stylesheet and stays hidden until it loads (no inline styles)', () => {
    expect('adoptedStyleSheets' in document).toBe(false); // jsdom: the fallback path
    const ui = mount(testManager(EU), undefined, { src: 'https://cdn.example/cg/consentgate.js?v=1' });
    const link = ui.shadow.querySelector('link')!;
    expect(link.getAttribute('rel')).toBe('stylesheet');
    expect(link.getAttribute('href')).toBe('https://cdn.example/cg/consentgate.css');
    const root = ui.shadow.querySelector('.r')!;
    expect(root.hasAttribute('hidden')).toBe(true);
    link.dispatchEvent(new Event('load'));
    expect(root.hasAttribute('hidden')).toBe(false);
    expect(ui.shadow.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(document.querySelectorAll('style, [style]')).toHaveLength(0);
  });

  it('renders unstyled but usable when there is no stylesheet to link', () => {
    const manager = testManager(EU);
    const ui = mount(manager);
    expect(ui.shadow.querySelector('link')).toBeNull();
    expect(ui.shadow.querySelector('.r')!.hasAttribute('hidden')).toBe(false);
    ui.button('Reject all')!.click();
    expect(manager.get('analytics')).toBe(false);
    expect(manager.state().needsDecision).toBe(false);
  });

  it('adopts a constructed stylesheet where the browser can', () => {
    class FakeSheet {
      text = '';
      replaceSync(text: string) {
        this.text = text;
      }
    }
    vi.stubGlobal('CSSStyleSheet', FakeSheet);
    const adopted = (target: object) => {
      let sheets: FakeSheet[] = [];
      Object.defineProperty(target, 'adoptedStyleSheets', { configurable: true, get: () => sheets, set: (v) => (sheets = v) });
    };
    adopted(document);
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
      const root = attach.call(this, init);
      adopted(root);
      return root;
    });
    try {
      const ui = mount(testManager(EU), undefined, { src: 'https://cdn.example/consentgate.js' });
      const sheets = (ui.shadow as unknown as { adoptedStyleSheets: FakeSheet[] }).adoptedStyleSheets;
      expect(sheets).toHaveLength(1);
      expect(sheets[0]).toBeInstanceOf(FakeSheet); // vitest hands CSS files over empty
      expect(ui.shadow.querySelector('link')).toBeNull();
      // The page gets scroll-padding from a sheet it adopts, not from a style attribute.
      const page = (document as unknown as { adoptedStyleSheets: FakeSheet[] }).adoptedStyleSheets;
      expect(page).toHaveLength(1);
      expect(page[0]!.text).toMatch(/^html\{scroll-padding-bottom:calc\(0px \+ (\d+)px\);padding-bottom:calc\(0px \+ \1px\)\}$/);
      handle!.destroy();
      expect((document as unknown as { adoptedStyleSheets: FakeSheet[] }).adoptedStyleSheets).toHaveLength(0);
    } finally {
      handle?.destroy();
      handle = undefined;
      delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
      vi.unstubAllGlobals();
    }
  });
});

describe('options', () => {
  it('reports a wrong option by name and keeps showing the banner', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ui = mount(testManager(EU), { layout: 'popup', colour: 'red' });
    expect(errors.mock.calls.map((c) => c[0])).toEqual([
      "consentgate: ui.layout must be 'bar', 'box' or 'modal'",
      expect.stringMatching(/^consentgate: ui\.colour is not a known option \(known: layout, /),
    ]);
    expect(ui.shadow.querySelector('.f.bar')).toBeTruthy();
  });
});
