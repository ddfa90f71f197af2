import { afterEach, expect, it, vi } from 'vitest';
import { frameStorage, type FrameStorage } from './frame';

const opened: FrameStorage[] = [];
afterEach(() => {
  opened.splice(0).forEach((storage) => storage.close());
  document.body.innerHTML = '';
});

/** A stand-in top page: a real window whose postMessage calls are recorded. */
function topPage() {
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  const top = iframe.contentWindow!;
  const sent = vi.spyOn(top, 'postMessage').mockImplementation(() => undefined);
  const answer = (data: unknown, source: Window = top) =>
    window.dispatchEvent(new MessageEvent('message', { data, source, origin: 'https://site.example' }));
  return { top, sent, answer };
}

function open(top: Window): FrameStorage {
  const storage = frameStorage(top, window);
  opened.push(storage);
  return storage;
}

const options = { maxAgeDays: 182, path: '/' };

it('asks the top page at once and holds nothing until it answers', () => {
  const { top, sent } = topPage();
  const storage = open(top);
  expect(sent).toHaveBeenCalledWith({ consentgate: 'read', id: 'cg1' }, '*');
  expect(storage.read('consentgate')).toBeUndefined();
  expect(storage.answered).toBe(false);
  // Nobody answered: the decision holds for this page only.
  expect(storage.write('consentgate', 'v', options)).toBe(false);
});

it('caches the answer, tells its listener, and re-asks when the top page changes', () => {
  const { top, sent, answer } = topPage();
  const storage = open(top);
  const refresh = vi.fn();
  storage.onChange(refresh);
  answer({ consentgate: 'value', id: 'cg1', value: 'record-1' });
  expect(storage.read('consentgate')).toBe('record-1');
  expect(storage.answered).toBe(true);
  expect(refresh).toHaveBeenCalledTimes(1);

  answer({ consentgate: 'changed' });
  expect(sent).toHaveBeenLastCalledWith({ consentgate: 'read', id: 'cg2' }, 'https://site.example');
  answer({ consentgate: 'value', id: 'cg2', value: 'record-1' });
  expect(refresh).toHaveBeenCalledTimes(1);
  answer({ consentgate: 'value', id: 'cg2', value: null });
  expect(storage.read('consentgate')).toBeUndefined();
  expect(refresh).toHaveBeenCalledTimes(2);
});

it('posts writes and removals to the origin that answered, caching them', () => {
  const { top, sent, answer } = topPage();
  const storage = open(top);
  answer({ consentgate: 'value', id: 'cg1', value: null });
  expect(storage.write('consentgate', 'record-2', options)).toBe(true);
  expect(sent).toHaveBeenLastCalledWith({ consentgate: 'write', value: 'record-2' }, 'https://site.example');
  expect(storage.read('consentgate')).toBe('record-2');
  storage.remove('consentgate', options);
  expect(sent).toHaveBeenLastCalledWith({ consentgate: 'remove' }, 'https://site.example');
  expect(storage.read('consentgate')).toBeUndefined();
});

it('ignores messages from any window but the top page', () => {
  const { top, answer } = topPage();
  const other = topPage();
  const storage = open(top);
  answer({ consentgate: 'value', id: 'cg1', value: 'forged' }, other.top);
  answer({ consentgate: 'value', id: 'cg1', value: 'forged' }, window);
  expect(storage.read('consentgate')).toBeUndefined();
  expect(storage.answered).toBe(false);
});
