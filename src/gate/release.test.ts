import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tick, gateFixture } from './testing';

const t = gateFixture();
beforeEach(t.setup);
afterEach(() => {
  t.teardown();
  vi.restoreAllMocks();
});

describe('declared scripts', () => {
  it('run nothing before consent, then everything granted in document order, once', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics">${t.push('a1')}</script>
      <script type="text/plain" data-consent="advertising">${t.push('ad')}</script>
      <script type="text/plain" data-consent="analytics" data-service="ga">${t.push('a2')}</script>
      <script type="text/plain" data-consent="analytics advertising">${t.push('both')}</script>`;
    t.start();
    await tick();
    expect(t.ran()).toEqual([]);
    t.consent.set({ analytics: true });
    await tick();
    expect(t.ran()).toEqual(['a1', 'a2']);
    t.consent.set({ advertising: true });
    await tick();
    expect(t.ran()).toEqual(['a1', 'a2', 'ad', 'both']);
    t.consent.set({ analytics: false, advertising: false });
    t.consent.acceptAll();
    await tick();
    expect(t.ran()).toEqual(['a1', 'a2', 'ad', 'both']);
  });

  it('let inline code wait for the external script above it, keeping nonce and attributes', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" src="https://cdn.example.org/lib.js" integrity="sha384-x" crossorigin="anonymous" referrerpolicy="no-referrer" id="lib"></script>
      <script type="text/plain" data-consent="analytics">${t.push('uses lib')}</script>
      <script type="text/plain" data-consent="analytics" data-type="module" src="/mod.js"></script>`;
    t.start();
    t.consent.acceptAll();
    await tick();
    const lib = document.getElementById('lib') as HTMLScriptElement;
    expect(lib.type).toBe('');
    expect(lib.src).toBe('https://cdn.example.org/lib.js');
    expect(lib.async).toBe(false);
    expect(lib.getAttribute('integrity')).toBe('sha384-x');
    expect(lib.getAttribute('crossorigin')).toBe('anonymous');
    expect(lib.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(lib.hasAttribute('data-consent')).toBe(false);
    expect(t.ran()).toEqual([]);
    lib.dispatchEvent(new Event('load'));
    await tick();
    expect(t.ran()).toEqual(['uses lib']);
    expect(document.querySelector('script[src="/mod.js"]')!.getAttribute('type')).toBe('module');
  });

  it('run "!category" fallbacks only once the category is refused', async () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="!analytics">${t.push('fallback')}</script>`;
    t.start();
    await tick();
    expect(t.ran()).toEqual([]);
    t.consent.rejectAll();
    await tick();
    expect(t.ran()).toEqual(['fallback']);
  });

  it('report an unknown category with the valid ids and keep the element blocked', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    document.body.innerHTML = `<script type="text/plain" data-consent="analytcs">${t.push('typo')}</script>
      <script type="text/plain" data-consent="!analytcs">${t.push('negated typo')}</script>
      <script type="text/plain" data-consent="toString">${t.push('inherited key')}</script>`;
    t.start();
    t.consent.acceptAll();
    await tick();
    t.consent.rejectAll();
    await tick();
    expect(t.ran()).toEqual([]);
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('<script type="text/plain" data-consent="analytcs"></script> names unknown category "analytcs" (known: necessary,functional,analytics'),
    );
  });

  it('release elements added later, and nothing at all when the gate options are invalid', async () => {
    t.start();
    t.consent.set({ analytics: true });
    document.body.insertAdjacentHTML('beforeend', '<div><img data-consent="analytics" data-src="/px.gif"></div>');
    await tick();
    expect(document.querySelector('img')!.getAttribute('src')).toBe('/px.gif');
    t.destroy();

    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    document.body.innerHTML = '<img data-consent="analytics" data-src="/px2.gif">';
    t.start({
      rules: [{ host: 'a.example', category: 'analytics' }, {}, { host: 5, category: 'analytics' }, { host: 'b.example', category: 'analytcs' }],
    } as never);
    t.consent.acceptAll();
    await tick();
    expect(error).toHaveBeenCalledWith('consentgate: gate.rules[2].host must be a string');
    expect(error).toHaveBeenCalledWith('consentgate: gate.rules[1].category is required');
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^consentgate: gate.rules\[3\].category must be 'necessary', /));
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false);
  });
});
