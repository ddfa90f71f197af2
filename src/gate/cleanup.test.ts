// @vitest-environment-options {"url": "https://www.shop.example.com/blog/2026/post"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsentManager } from '../types';
import { clearServices, nameTest } from './cleanup';
import { clearAll, servicesOf, testManager } from './testing';

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
    clearAll((manager) => servicesOf('analytics')(manager).filter((s) => s.id === 'ga'));
    expect(document.cookie).toBe('keep=1');
    expect(Object.keys(localStorage)).toEqual(['theme']);
    expect(sessionStorage.length).toBe(0);
    document.cookie = 'keep=; max-age=0; path=/';
  });

  it('writes host-only, every parent domain but the top level and the host, on "/" and every path prefix, then each partitioned', () => {
    document.cookie = '_gid=1; path=/';
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const writes: string[] = [];
    vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => void writes.push(value));
    vi.spyOn(document, 'cookie', 'get').mockImplementation(() => cookie.get!.call(document));
    clearAll(servicesOf('analytics'));
    const domains = ['', ';domain=example.com', ';domain=shop.example.com', ';domain=www.shop.example.com'];
    const paths = ['/', '/blog', '/blog/', '/blog/2026', '/blog/2026/', '/blog/2026/post', '/blog/2026/post/'];
    const plain = paths.flatMap((path) => domains.map((domain) => `_gid=;max-age=0;path=${path}${domain};secure`));
    // Then each place again for a partitioned (CHIPS) cookie of that name.
    expect(writes).toEqual([...plain, ...plain.map((write) => `${write};partitioned`)]);
    vi.restoreAllMocks();
    document.cookie = '_gid=; max-age=0; path=/';
  });
});

describe('clearServices, spread over tasks', () => {
  const analytics = servicesOf('analytics');
  const setUp = () => {
    const manager = testManager();
    manager.acceptAll();
    manager.set({ analytics: false });
    document.cookie = '_ga=1; domain=example.com; path=/';
    document.cookie = '_gid=1; path=/blog';
    return manager;
  };
  const names = () => document.cookie.split('; ').map((pair) => pair.split('=')[0]).sort();
  const start = (manager: ConsentManager) =>
    clearServices({ _doc: document, _manager: manager, _guard: (run) => run }, analytics(manager));
  afterEach(() => {
    vi.useRealTimers();
    document.cookie = '_gid=; max-age=0; path=/blog';
  });

  it('writes the likeliest place at once and each further one in a later task, for the names still seen', () => {
    vi.useFakeTimers();
    const manager = setUp();
    document.cookie = '_ga_1=1; path=/';
    const writes: string[] = [];
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => (writes.push(value), cookie.set!.call(document, value)));
    start(manager);
    // "/" host-only, before the withdrawal's task ends.
    expect([...writes].sort()).toEqual(['_ga', '_ga_1', '_gid'].map((name) => `${name}=;max-age=0;path=/;secure`));
    expect(names()).toEqual(['_ga', '_gid']);
    // Then "/" from the broadest domain: `_ga` is gone; `_gid` lives on /blog.
    vi.advanceTimersToNextTimer();
    expect(writes.slice(3).sort()).toEqual(['_ga', '_gid'].map((name) => `${name}=;max-age=0;path=/;domain=example.com;secure`));
    expect(names()).toEqual(['_gid']);
    vi.runAllTimers();
    expect(document.cookie).toBe('');
    // /blog host-only was the last place the page saw a name at: nothing further was written.
    expect(writes.at(-1)).toBe('_gid=;max-age=0;path=/blog;secure');
    expect(writes.length).toBe(3 + 2 + 1 + 1 + 1); // then "/" on shop.example.com and www.shop.example.com, /blog
  });

  it('leaves the cookies of a service granted again before a later task', () => {
    vi.useFakeTimers();
    const manager = setUp();
    start(manager);
    manager.set({ analytics: true });
    vi.runAllTimers();
    expect(names()).toEqual(['_ga', '_gid']);
    document.cookie = '_ga=; max-age=0; domain=example.com; path=/';
  });

  it('removes storage keys after the likeliest place, a slice’s worth per task (half in the withdrawal’s)', () => {
    vi.useFakeTimers();
    const manager = setUp();
    for (let i = 0; i < 100; i++) localStorage.setItem(`_ga_k${i}`, '1');
    sessionStorage.setItem('_ga_s', '1');
    localStorage.setItem('theme', 'dark');
    const writes: string[] = [];
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => (writes.push(value), cookie.set!.call(document, value)));
    start(manager);
    // The withdrawal's task: "/" host-only for both names, then 18 keys (its half, 20 in all).
    expect(writes.length).toBe(2);
    expect(localStorage.length).toBe(101 - 18);
    vi.advanceTimersByTime(10);
    expect(localStorage.length).toBe(101 - 18 - 40);
    // A service granted again meanwhile keeps the keys not yet removed.
    manager.set({ analytics: true });
    vi.runAllTimers();
    expect(localStorage.length).toBe(101 - 58);
    expect(sessionStorage.length).toBe(1);
    manager.set({ analytics: false });
    start(manager);
    vi.runAllTimers();
    expect(Object.keys(localStorage)).toEqual(['theme']);
    expect(sessionStorage.length).toBe(0);
  });

  it('leaves the withdrawal’s own task alone when more names are declared than half a slice, and starts in the next', () => {
    vi.useFakeTimers();
    const manager = setUp();
    // A large vendor: more declared names than the withdrawal's half slice.
    const cookies = Array.from({ length: 30 }, (_, i) => ({ name: `_big${i}` }));
    const big = { ...analytics(manager)[0]!, id: 'big', cookies, storageKeys: ['_big_store'] };
    for (const { name } of cookies.slice(0, 3)) document.cookie = `${name}=1; path=/`;
    localStorage.setItem('_big_store', '1');
    const writes: string[] = [];
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => (writes.push(value), cookie.set!.call(document, value)));
    clearServices({ _doc: document, _manager: manager, _guard: (run) => run }, [big]);
    expect(writes).toEqual([]);
    expect(localStorage.getItem('_big_store')).toBe('1');
    vi.advanceTimersToNextTimer();
    expect(writes.slice(0, 3).sort()).toEqual(['_big0', '_big1', '_big2'].map((name) => `${name}=;max-age=0;path=/;secure`));
    vi.runAllTimers();
    expect(names().filter((name) => name?.startsWith('_big'))).toEqual([]);
    expect(localStorage.getItem('_big_store')).toBeNull();
  });

  it('writes the rest at once when the page goes away first', () => {
    vi.useFakeTimers();
    start(setUp());
    expect(vi.getTimerCount()).toBe(1);
    window.dispatchEvent(new Event('pagehide'));
    expect(document.cookie).toBe('');
    // Nothing is left to run after the page has gone.
    expect(vi.getTimerCount()).toBe(0);
    vi.runAllTimers();
  });

  it('reports an error in a later task instead of throwing it into the page', () => {
    vi.useFakeTimers();
    const manager = setUp();
    const report = vi.fn();
    clearServices({ _doc: document, _manager: manager, _guard: (run) => (...args) => { try { run(...args); } catch (e) { report(e); } } }, analytics(manager));
    vi.spyOn(document, 'cookie', 'get').mockImplementation(() => {
      throw new Error('sandboxed');
    });
    vi.runAllTimers();
    expect(report).toHaveBeenCalledOnce();
    vi.restoreAllMocks();
  });
});
