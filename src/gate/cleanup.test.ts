// @vitest-environment-options {"url": "https://www.shop.example.com/blog/2026/post"}
import { afterEach, describe, expect, it } from 'vitest';
import { clearServices, cookieScopes, nameMatches } from './cleanup';
import { testManager } from './testing';

describe('cookieScopes', () => {
  it('lists host-only, the host and every parent domain but the top level, "/" and every path prefix', () => {
    expect(cookieScopes('www.shop.example.com', '/blog/2026/post')).toEqual({
      domains: [undefined, 'www.shop.example.com', 'shop.example.com', 'example.com'],
      paths: ['/', '/blog', '/blog/', '/blog/2026', '/blog/2026/', '/blog/2026/post', '/blog/2026/post/'],
    });
  });
  it('gives an IP address or a single-label host no parent domains', () => {
    expect(cookieScopes('127.0.0.1', '/').domains).toEqual([undefined]);
    expect(cookieScopes('localhost', '/').domains).toEqual([undefined]);
    expect(cookieScopes('::1', '/').domains).toEqual([undefined]);
  });
});

describe('nameMatches', () => {
  it('compares names exactly and patterns anywhere, ignoring a global flag’s state', () => {
    const global = /^_ga/g;
    expect(nameMatches('_ga', '_ga')).toBe(true);
    expect(nameMatches('_ga', '_ga_X')).toBe(false);
    expect([nameMatches(global, '_ga_X'), nameMatches(global, '_ga_X')]).toEqual([true, true]);
  });
});

describe('clearServices', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
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
  });
});
