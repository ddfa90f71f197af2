import { afterEach, expect, it, vi } from 'vitest';
import { memoryStorage } from '../storage/memory';
import type { Unsubscribe } from '../types';
import { createConsent } from './create-consent';
import { answerFrames, frameOrigins, inCrossOriginFrame } from './frame-host';

const stops: Unsubscribe[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  document.body.innerHTML = '';
});

const LISTED = 'https://embed.example';

/** A frame's window (its postMessage calls recorded) and a way to send as it. */
function frame(origin: string) {
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  const win = iframe.contentWindow!;
  const heard = vi.spyOn(win, 'postMessage').mockImplementation(() => undefined);
  const send = (data: unknown) => window.dispatchEvent(new MessageEvent('message', { data, source: win, origin }));
  return { heard, send };
}

/** A top page with a manager, and a valid record made elsewhere (another browser's decision). */
function site() {
  const storage = memoryStorage();
  const manager = createConsent({ regime: 'opt-in' }, { storage });
  stops.push(answerFrames(manager, { origins: [LISTED], storage }));
  const elsewhere = memoryStorage();
  createConsent({ regime: 'opt-in' }, { storage: elsewhere }).acceptAll();
  return { storage, manager, accepted: elsewhere.values.consentgate! };
}

it('answers reads from any origin with the stored record', () => {
  const { manager, storage } = site();
  const ad = frame('https://ads.example');
  ad.send({ consentgate: 'read', id: 'a1' });
  expect(ad.heard).toHaveBeenLastCalledWith({ consentgate: 'value', id: 'a1', value: null }, 'https://ads.example');
  manager.acceptAll();
  ad.send({ consentgate: 'read', id: 'a2' });
  expect(ad.heard).toHaveBeenLastCalledWith({ consentgate: 'value', id: 'a2', value: storage.values.consentgate }, 'https://ads.example');
});

it('stores a valid record from a listed origin, refreshes, and tells the frames that read', () => {
  const { manager, storage, accepted } = site();
  const embed = frame(LISTED);
  const reader = frame('https://other.example');
  reader.send({ consentgate: 'read', id: 'r1' });
  embed.send({ consentgate: 'write', value: accepted });
  expect(storage.values.consentgate).toBe(accepted);
  expect(manager.get('analytics')).toBe(true);
  expect(reader.heard).toHaveBeenLastCalledWith({ consentgate: 'changed' }, 'https://other.example');

  embed.send({ consentgate: 'remove' });
  expect(storage.values.consentgate).toBeUndefined();
  expect(manager.get('analytics')).toBe(false);
});

it('ignores writes from unlisted origins and invalid records, answering with the record in force', () => {
  const { manager, storage, accepted } = site();
  const ad = frame('https://ads.example');
  ad.send({ consentgate: 'write', value: accepted });
  ad.send({ consentgate: 'remove' });
  expect(storage.values.consentgate).toBeUndefined();
  expect(manager.get('analytics')).toBe(false);
  expect(ad.heard).toHaveBeenLastCalledWith({ consentgate: 'value', value: null }, 'https://ads.example');

  const embed = frame(LISTED);
  for (const value of ['1~garbage', 42, null, accepted.replace(/^[^~]+~/, '9~')]) embed.send({ consentgate: 'write', value });
  expect(storage.values.consentgate).toBeUndefined();
  expect(manager.get('analytics')).toBe(false);
  // A listed frame's origin must match exactly: a look-alike is another origin.
  frame('https://embed.example:8443').send({ consentgate: 'write', value: accepted });
  expect(manager.get('analytics')).toBe(false);
});

it('checks the frames config by field and fails closed', () => {
  expect(frameOrigins(undefined)).toEqual({ origins: [], errors: [] });
  expect(frameOrigins({ origins: ['https://a.example', 'http://localhost:8080'] })).toEqual({
    origins: ['https://a.example', 'http://localhost:8080'],
    errors: [],
  });
  expect(frameOrigins({ origins: ['https://a.example', 'https://b.example/path'] })).toEqual({
    origins: [],
    errors: ['consentgate: frames.origins[1] must be an origin such as https://example.com'],
  });
  expect(frameOrigins({ origins: '*' }).errors).toEqual(['consentgate: frames.origins must be an array']);
  expect(frameOrigins({ origin: [] }).errors).toEqual(['consentgate: frames.origin is not a known option (known: origins)']);
  expect(frameOrigins(['https://a.example']).origins).toEqual([]);
  expect(frameOrigins({ origins: ['*', 'null', 'javascript:alert(1)'] }).errors).toHaveLength(3);
});

it('knows a top-level page from a frame', () => {
  expect(inCrossOriginFrame()).toBe(false);
  const throwing = { location: { origin: 'https://a.example' } } as unknown as Window;
  Object.defineProperty(throwing, 'top', {
    get: () => ({ get location(): Location { throw new DOMException('cross-origin', 'SecurityError'); } }),
  });
  expect(inCrossOriginFrame(throwing)).toBe(true);
});

it('reports a frames value that is not an object', () => {
  expect(frameOrigins('https://a.example')).toEqual({
    origins: [],
    errors: ['consentgate: frames must be an object'],
  });
});
