import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONFIG, gateFixture, testManager, tick } from './testing';

const t = gateFixture();
beforeEach(t.setup);
afterEach(() => {
  t.teardown();
  vi.restoreAllMocks();
});

describe('trackers added by code', () => {
  it('hold back pixels, scripts and HTML strings until their category is granted', async () => {
    t.start({ firstParty: ['cdn.example.com'] });
    const pixel = new Image();
    pixel.src = 'https://www.facebook.com/tr?id=1&ev=PageView';
    expect(pixel.hasAttribute('src')).toBe(false);
    const script = document.createElement('script');
    script.setAttribute('src', 'https://static.hotjar.com/c/hotjar-1.js');
    document.head.append(script);
    expect(script.type).toBe('text/plain');
    const own = document.createElement('img');
    own.src = 'https://cdn.example.com/logo.png';
    expect(own.getAttribute('src')).toBe('https://cdn.example.com/logo.png');
    const box = document.createElement('div');
    box.innerHTML = '<p>hi</p><img src="https://bat.bing.com/action/0?ti=1">';
    box.insertAdjacentHTML('beforeend', '<iframe src="https://player.vimeo.com/video/1"></iframe>');
    expect(box.querySelector('img')!.hasAttribute('src')).toBe(false);
    expect(box.querySelector('iframe')!.getAttribute('data-consent')).toBe('social');
    expect(box.querySelector('p')!.textContent).toBe('hi');

    t.consent.set({ advertising: true });
    await tick();
    expect(pixel.getAttribute('src')).toBe('https://www.facebook.com/tr?id=1&ev=PageView');
    expect(box.querySelector('img')!.getAttribute('src')).toBe('https://bat.bing.com/action/0?ti=1');
    expect(document.head.querySelector('script[src*="hotjar"]')).toBeNull();
    t.consent.set({ session_replay: true });
    await tick();
    // Restored in place: it never ran, and the listeners the loader gave it still fire.
    expect(script.getAttribute('src')).toBe('https://static.hotjar.com/c/hotjar-1.js');
    expect(script.type).toBe('');
    expect(script.hasAttribute('data-consent')).toBe(false);
  });

  it('follow a rule’s service for its own category: a no-sale service’s host loads under GPC', () => {
    const rules = [
      { host: 'stats.example.org', category: 'analytics', service: 'stats' },
      { host: 'ads.example.org', category: 'advertising', service: 'stats' },
    ];
    t.start({ rules }, testManager({ ...CONFIG, regime: 'opt-out' }, { gpc: true }));
    const own = new Image();
    own.src = 'https://stats.example.org/hit';
    const gtag = new Image();
    gtag.src = 'https://www.google-analytics.com/g/collect';
    const ads = new Image();
    ads.src = 'https://ads.example.org/px';
    expect(own.getAttribute('src')).toBe('https://stats.example.org/hit');
    expect(gtag.hasAttribute('src')).toBe(false);
    // The rule's category, advertising, is not the service's own: it still applies.
    expect(ads.hasAttribute('src')).toBe(false);
    t.consent.set({ analytics: false });
    const later = new Image();
    later.src = 'https://stats.example.org/hit2';
    expect(later.hasAttribute('src')).toBe(false);
  });

  it('in HTML strings are inserted where insertAdjacentHTML puts them, held back', () => {
    t.start();
    const box = document.createElement('div');
    box.innerHTML = '<p>mid</p>';
    document.body.append(box);
    const mid = box.firstElementChild!;
    const pixel = (n: number) => `<img alt="${n}" src="https://bat.bing.com/action/0?ti=${n}">`;
    // Positions are read as the browser reads them: in any case, and an unknown one throws.
    mid.insertAdjacentHTML('beforeBegin' as InsertPosition, pixel(1));
    mid.insertAdjacentHTML('afterbegin', pixel(2));
    mid.insertAdjacentHTML('beforeend', pixel(3));
    mid.insertAdjacentHTML('afterend', pixel(4));
    expect(box.innerHTML.replace(/ [^>]*/g, '')).toBe('<img><p><img>mid<img></p><img>');
    expect([...box.querySelectorAll('img')].map((img) => [img.alt, img.hasAttribute('src')])).toEqual([
      ['1', false],
      ['2', false],
      ['3', false],
      ['4', false],
    ]);
    expect(() => mid.insertAdjacentHTML('inside' as InsertPosition, pixel(5))).toThrow();
    expect(box.querySelectorAll('img')).toHaveLength(4);
  });

  it('are found among a feed of thousands of single insertions, declared or not', async () => {
    t.start();
    t.consent.set({ advertising: true });
    // Template content is parsed inert; the imported copy is live, past every setter.
    const template = document.createElement('template');
    template.innerHTML = '<iframe src="https://player.vimeo.com/video/1"></iframe>';
    const pixel = document.createElement('img');
    pixel.setAttribute('data-consent', 'advertising');
    pixel.setAttribute('data-src', 'https://example.com/pixel.gif');
    const feed = document.createElement('div');
    document.body.append(feed);
    await tick();
    for (let i = 0; i < 3000; i++) {
      feed.append(document.createElement(i % 2 ? 'span' : 'div'));
      if (i === 1500) feed.append(pixel, document.importNode(template.content, true));
    }
    await tick();
    const frame = feed.querySelector('iframe')!;
    expect(frame.hasAttribute('src')).toBe(false);
    expect(frame.getAttribute('data-src')).toBe('https://player.vimeo.com/video/1');
    expect(pixel.getAttribute('src')).toBe('https://example.com/pixel.gif');
  });

  it('drop network calls to blocked hosts only when asked to', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const beacon = vi.fn(() => true);
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true, writable: true });
    t.start({ network: true });
    expect(navigator.sendBeacon('https://region1.google-analytics.com/g/collect', '')).toBe(false);
    expect(navigator.sendBeacon('/own', '')).toBe(true);
    await expect(fetch('https://www.clarity.ms/collect')).rejects.toThrow('consentgate');
    expect(warn).toHaveBeenCalledWith('consentgate: dropped requests to google-analytics.com until "analytics" is allowed');
    t.consent.set({ analytics: true });
    expect(navigator.sendBeacon('https://region1.google-analytics.com/g/collect', '')).toBe(true);
    t.destroy();
    expect(navigator.sendBeacon).toBe(beacon);
  });

  it('puts every replaced browser function back on destroy', () => {
    const before = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
    const setAttribute = Element.prototype.setAttribute;
    t.start().destroy();
    expect(Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')).toEqual(before);
    expect(Element.prototype.setAttribute).toBe(setAttribute);
  });
});

describe('withdrawal', () => {
  it('deletes the services’ cookies and storage keys and calls the hook', () => {
    const onWithdraw = vi.fn();
    t.start({ onWithdraw });
    t.consent.acceptAll();
    document.cookie = '_ga=1; path=/';
    document.cookie = '_ga_X=1; path=/';
    document.cookie = '_fbp=1; path=/';
    localStorage.setItem('_hjSession', '1');
    localStorage.setItem('hjActiveViewportIds', '1');
    t.consent.set({ analytics: false, session_replay: false });
    expect(document.cookie).toBe('_fbp=1');
    expect(localStorage.length).toBe(0);
    expect(onWithdraw).toHaveBeenCalledWith(['analytics', 'session_replay'], ['ga', 'stats', 'hotjar']);
    document.cookie = '_fbp=; max-age=0; path=/';
  });
});
