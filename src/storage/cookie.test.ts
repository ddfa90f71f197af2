import { afterEach, describe, expect, it, vi } from 'vitest';
import { cookieStorage } from './cookie';

const OPTIONS = { maxAgeDays: 1, path: '/' };

describe('cookieStorage', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.cookie = 'cg=; max-age=0; path=/';
  });

  it('reads a write back only when asked, or in the next task, not in the writing task', () => {
    vi.useFakeTimers();
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const read = vi.spyOn(document, 'cookie', 'get').mockImplementation(() => cookie.get!.call(document));
    const storage = cookieStorage(false);
    const stored = storage.write('cg', 'v1', OPTIONS);
    expect(read).not.toHaveBeenCalled();
    expect(typeof stored).toBe('function');
    vi.runAllTimers();
    const reads = read.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    expect((stored as () => boolean)()).toBe(true);
    // The answer is kept: a later record (another tab's) does not change what this write did.
    document.cookie = 'cg=other; path=/';
    expect((stored as () => boolean)()).toBe(true);
    expect(read).toHaveBeenCalledTimes(reads);
    expect(storage.read('cg')).toBe('other');
  });

  it('tells a write that did not stick (setter ignored) and a read that throws', () => {
    vi.spyOn(document, 'cookie', 'set').mockImplementation(() => undefined);
    expect((cookieStorage(false).write('cg', 'v1', OPTIONS) as () => boolean)()).toBe(false);
    vi.spyOn(document, 'cookie', 'get').mockImplementation(() => {
      throw new DOMException('sandboxed', 'SecurityError');
    });
    expect((cookieStorage(false).write('cg', 'v1', OPTIONS) as () => boolean)()).toBe(false);
  });
});
