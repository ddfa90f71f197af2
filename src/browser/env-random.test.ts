// A browser without crypto.getRandomValues (old WebViews, a page that deleted it): the decision
// still works, the missing random source is reported, and nothing is granted without a choice.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createManager } from '../core';
import { browserEnv } from './env';

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie.split(';').forEach((pair) => {
    const name = pair.split('=')[0]!.trim();
    if (name) document.cookie = `${name}=;max-age=0;path=/`;
  });
});

describe('browserEnv without crypto.getRandomValues', () => {
  it.each([
    ['crypto missing', undefined],
    ['getRandomValues missing', {}],
    ['getRandomValues throwing', { getRandomValues: () => { throw new Error('QuotaExceededError'); } }],
  ])('%s: decides, reports the error, grants nothing before a choice', (_name, crypto) => {
    vi.stubGlobal('crypto', crypto);
    const manager = createManager({ regime: 'opt-in' }, browserEnv());
    const errors: string[] = [];
    manager.on('error', ({ message }) => errors.push(message));

    const before = manager.state();
    expect(before.needsDecision).toBe(true);
    expect(Object.entries(before.categories).filter(([, c]) => c.granted).map(([id]) => id)).toEqual(['necessary']);

    manager.acceptAll();
    const after = manager.state();
    expect(after.needsDecision).toBe(false);
    expect(after.categories.analytics).toEqual({ granted: true, reason: 'choice' });
    expect(manager.record?.id).toMatch(/^x[0-9a-z]+$/);
    expect(errors.some((m) => m.includes('no secure random source'))).toBe(true);

    manager.rejectAll();
    expect(manager.get('analytics')).toBe(false);
  });
});
