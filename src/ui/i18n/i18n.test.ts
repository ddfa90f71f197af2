import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { mountUi, type UiHandle } from '../mount';
import { testManager } from '../testing';
import de from './de';
import en from './en';
import { LANGUAGE_EVENT, loadLanguage } from './load';
import { isRtl, LANGUAGES, pickLanguage } from './pick';

const files = readdirSync(__dirname)
  .filter((file) => /^[a-z]{2}(-[a-z]{2})?\.ts$/.test(file) && file !== 'en.ts')
  .map((file) => file.slice(0, -3));

describe('translations', () => {
  it('ship the 24 official EU languages and the others promised, each listed for loading', () => {
    const eu = 'bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' '); // + en
    for (const code of [...eu, 'no', 'is', 'uk', 'tr', 'ar', 'he', 'ja', 'ko', 'zh', 'zh-tw', 'pt-br']) expect(files).toContain(code);
    expect([...files].sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(files)('%s has exactly the English keys, each a non-empty string', async (code) => {
    const texts = ((await import(`./${code}.ts`)) as { default: Record<string, unknown> }).default;
    // In the English order too: the built file hands its texts over as a list in that order.
    expect(Object.keys(texts)).toEqual(Object.keys(en));
    for (const [key, value] of Object.entries(texts)) {
      expect(typeof value === 'string' && value.trim() !== '', `${code}.${key}`).toBe(true);
    }
  });
});

describe('pickLanguage', () => {
  it.each([
    ['de-AT', 'de'],
    ['pt-BR', 'pt-br'],
    ['pt-PT', 'pt'],
    ['nb-NO', 'no'],
    ['iw', 'he'],
    ['zh-Hans-CN', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh-tw'],
    ['zh-HK', 'zh-tw'],
    ['zh-MO', 'zh-tw'],
    ['zh-Hant', 'zh-tw'],
    ['zh-Hant-CN', 'zh-tw'],
    ['zh-Hans-HK', 'zh'],
    ['en-GB', 'en'],
    ['sw', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s -> %s', (tag, language) => expect(pickLanguage(tag)).toBe(language));

  it('knows which languages are right to left', () => {
    expect(LANGUAGES.filter(isRtl)).toEqual(['ar', 'he']);
  });
});

describe('loading a language', () => {
  let handle: UiHandle | undefined;
  afterEach(() => {
    handle?.destroy();
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    document.documentElement.lang = '';
  });

  it('adds a script beside ours, with our nonce, and takes the texts it hands over', async () => {
    const loading = loadLanguage('de', 'https://cdn.example/cg/', 'n0nce');
    const script = document.head.querySelector('script')!;
    expect(script.src).toBe('https://cdn.example/cg/i18n/de.js');
    expect(script.nonce).toBe('n0nce');
    script.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, { detail: Object.values(de) }));
    script.dispatchEvent(new Event('load'));
    expect(await loading).toEqual(de);
  });

  it('fills texts missing from a language file (an older copy) with English', async () => {
    const loading = loadLanguage('de', '/');
    document.head.querySelector('script')!.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, { detail: ['Cookies und Datenschutz'] }));
    expect(await loading).toEqual({ ...en, title: 'Cookies und Datenschutz' });
  });

  it('resolves empty when the file cannot be loaded', async () => {
    const loading = loadLanguage('de', '/', undefined);
    document.head.querySelector('script')!.dispatchEvent(new Event('error'));
    expect(await loading).toBeUndefined();
  });

  it('waits for the page language before showing the banner, and lays Arabic out right to left', async () => {
    document.documentElement.lang = 'ar-EG';
    const { default: ar } = await import('./ar');
    handle = mountUi(testManager({ region: 'DE' }), undefined, { src: 'https://cdn.example/consentgate.js', nonce: 'abc' });
    expect(document.querySelector('consentgate-ui')).toBeNull();
    const script = document.head.querySelector('script')!;
    expect(script.src).toBe('https://cdn.example/i18n/ar.js');
    script.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, { detail: Object.values(ar) }));
    await new Promise((done) => setTimeout(done));
    const host = document.querySelector('consentgate-ui')!;
    expect(host.getAttribute('dir')).toBe('rtl');
    expect(host.getAttribute('lang')).toBe('ar');
    expect(host.shadowRoot!.querySelector('.r')!.getAttribute('dir')).toBe('rtl');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual([ar.accept, ar.reject, ar.customise]);
  });

  it('loads nothing for English, and site texts win over a language file', () => {
    document.documentElement.lang = 'en-US';
    handle = mountUi(testManager({ region: 'DE' }), { text: { reject: 'No thanks' } }, { src: 'https://cdn.example/consentgate.js' });
    expect(document.head.querySelector('script')).toBeNull();
    expect([...document.querySelectorAll('consentgate-ui button')].map((b) => b.textContent)).toContain('No thanks');
  });
});

describe('a language that cannot be loaded', () => {
  it('falls back to English and says so in lang and dir', async () => {
    document.documentElement.lang = 'he';
    const handle = mountUi(testManager({ region: 'DE' }), undefined, { src: 'https://cdn.example/consentgate.js' });
    document.head.querySelector('script')!.dispatchEvent(new Event('error'));
    await new Promise((done) => setTimeout(done));
    const host = document.querySelector('consentgate-ui')!;
    expect([host.getAttribute('lang'), host.getAttribute('dir')]).toEqual(['en', 'ltr']);
    expect(host.querySelector('button')!.textContent).toBe('Accept all');
    handle.destroy();
    document.head.innerHTML = '';
    document.documentElement.lang = '';
  });
});
