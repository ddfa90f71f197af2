import { describe, expect, it, vi } from 'vitest';
import { trusted } from './trusted-types';

const fakeWindow = (createPolicy?: (...args: never[]) => unknown) =>
  (createPolicy ? { trustedTypes: { createPolicy } } : {}) as unknown as Window;

describe('the consentgate Trusted Types policy', () => {
  it('passes plain strings where the browser has no Trusted Types', () => {
    const policy = trusted(fakeWindow());
    expect(policy._scriptUrl('/a.js')).toBe('/a.js');
    expect(policy._script('x()')).toBe('x()');
    expect(trusted(null)._html('<b>')).toBe('<b>');
  });

  it('creates one policy named consentgate per window, on first use, and keeps it on the window', () => {
    const createPolicy = vi.fn((_name: string, rules: Record<string, (s: string) => string>) => ({
      createScript: (s: string) => ({ script: rules.createScript!(s) }),
      createScriptURL: (s: string) => ({ url: rules.createScriptURL!(s) }),
      createHTML: (s: string) => ({ html: rules.createHTML!(s) }),
    }));
    const win = fakeWindow(createPolicy as never);
    expect(createPolicy).not.toHaveBeenCalled();
    expect(trusted(win)._scriptUrl('/a.js')).toEqual({ url: '/a.js' });
    expect(trusted(win)._script('x()')).toEqual({ script: 'x()' });
    expect(trusted(win)._html('<b>')).toEqual({ html: '<b>' });
    expect(createPolicy).toHaveBeenCalledTimes(1);
    expect(createPolicy.mock.calls[0]![0]).toBe('consentgate');
    // Another window gets its own.
    trusted(fakeWindow(createPolicy as never));
    expect(createPolicy).toHaveBeenCalledTimes(2);
  });

  it('falls back to strings, once, when the site does not allow the policy', () => {
    const createPolicy = vi.fn(() => {
      throw new TypeError('Policy "consentgate" disallowed.');
    });
    const win = fakeWindow(createPolicy as never);
    expect(trusted(win)._scriptUrl('/a.js')).toBe('/a.js');
    expect(trusted(win)._scriptUrl('/b.js')).toBe('/b.js');
    expect(createPolicy).toHaveBeenCalledTimes(1);
  });
});
