// @vitest-environment-options {"url": "https://www.shop.example.com/blog/2026/post"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearServices, nameTest } from './cleanup';
import { testManager } from './testing';

describe('nameTest', () => {
  it('compares names exactly and patterns anywhere, ignoring a global flag’s state', () => {
    const global = /^_ga/g;
    const test = nameTest(['_ga', /_gid$/, global]);
    expect(test('_ga')).toBe(true);
    expect(test('x_gid')).toBe(true);
    expect(test('_gidx')).toBe(false);
    expect([test('_ga_X'), test('_ga_X')]).toEqual([true, true]);
    expect(nameTest(['_ga'])('_ga_X')).toBe(false);
  });

  it('keeps each pattern’s flags and meaning when many are joined', () => {
    const test = nameTest([/^_hj/i, /^a|b$/, /^(x)\1$/, /^(?<n>y)\k<n>$/, /^(z)$/]);
    expect(['_HJ1', 'ax', 'xb', 'xx', 'yy', 'z'].map(test)).toEqual([true, true, true, true, true, true]);
    expect(['HJ', 'xa', 'x', 'xy', 'y', 'zz'].map(test)).toEqual([false, false, false, false, false, false]);
  });
});

describe('clearServices', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    vi.restoreAllMocks();
  });

  it('deletes declared cookies on parent domains and paths, and matching storage keys', () => {
    document.cookie = '_ga=GA1.1; domain=example.com; path=/';
    document.cookie = '_ga_ABC=GS1; domain=.shop.example.com; path=/blog';
    document.cookie = '_gid=GA1.2; path=/blog/2026';
    document.cookie = 'keep=1; path=/';
    localStorage.setItem('_ga_session', '1');
    localStorage.setItem('theme', 'dark');
    sessionStorage.setItem('_ga_tmp', '1');
    const ga = testManager().config.categories.find((c) => c.id === 'analytics')!.services.filter((s) => s.id === 'ga');
    clearServices(document, ga);
    expect(document.cookie).toBe('keep=1');
    expect(Object.keys(localStorage)).toEqual(['theme']);
    expect(sessionStorage.length).toBe(0);
    document.cookie = 'keep=; max-age=0; path=/';
  });

  it('writes host-only, the host and every parent domain but the top level, on "/" and every path prefix', () => {
    document.cookie = '_gid=1; path=/';
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const writes: string[] = [];
    vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => void writes.push(value));
    vi.spyOn(document, 'cookie', 'get').mockImplementation(() => cookie.get!.call(document));
    clearServices(document, testManager().config.categories.find((c) => c.id === 'analytics')!.services);
    const domains = ['', ';domain=www.shop.example.com', ';domain=shop.example.com', ';domain=example.com'];
    const paths = ['/', '/blog', '/blog/', '/blog/2026', '/blog/2026/', '/blog/2026/post', '/blog/2026/post/'];
    expect(writes).toEqual(domains.flatMap((domain) => paths.map((path) => `_gid=;max-age=0;path=${path}${domain};secure`)));
    vi.restoreAllMocks();
    document.cookie = '_gid=; max-age=0; path=/';
  });
});
