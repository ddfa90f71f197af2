// The legacy __uspapi, installed beside __gpp when `usp` is set.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createManager } from '../../core';
import type { Config, ConsentManager } from '../../types';
import { testEnv } from '../testing';
import { installGpp } from './install';

type Gpp = (command: string, callback?: (data: any, success: boolean) => void, parameter?: unknown) => void;
const w = window as unknown as { __gpp?: Gpp & Record<string, unknown>; __uspapi?: (...args: unknown[]) => void };

function manager(config: Config = {}, gpc = false): ConsentManager {
  return createManager(config, testEnv({ gpc }));
}

beforeEach(() => {
  delete w.__gpp;
  delete w.__uspapi;
  document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

describe('__uspapi', () => {
  it('is there only when enabled, and answers 1YYN-style strings that follow the opt-outs', () => {
    installGpp({}, manager({ region: 'US-CA' }));
    expect(w.__uspapi).toBeUndefined();
    delete w.__gpp;
    const m = manager({ region: 'US-CA' }, true);
    installGpp({ usp: { lspa: true } }, m);
    const answers: unknown[] = [];
    w.__uspapi!('getUSPData', 1, (data: unknown, success: boolean) => answers.push(data, success));
    w.__uspapi!('getUSPData', 2, (data: unknown, success: boolean) => answers.push(data, success));
    expect(answers).toEqual([{ version: 1, uspString: '1YYY' }, true, null, false]);
    expect(document.querySelector('iframe[name="__uspapiLocator"]')).not.toBeNull();
  });

  it('answers 1--- outside the US and waits for the manager when called early', () => {
    const gpp = installGpp({ usp: true });
    const answers: unknown[] = [];
    w.__uspapi!('getUSPData', 1, (data: unknown) => answers.push(data));
    expect(answers).toEqual([]);
    gpp.attach(manager({ region: 'GB' }));
    expect(answers).toEqual([{ version: 1, uspString: '1---' }]);
  });

  it('says not opted out (N) without a signal or refusal, opted out (Y) after one', () => {
    const m = manager({ region: 'US-NY' });
    installGpp({ usp: true }, m);
    const usp = () => {
      let s = '';
      w.__uspapi!('getUSPData', 1, (d: { uspString: string }) => (s = d.uspString));
      return s;
    };
    expect(usp()).toBe('1YNN');
    m.set({ advertising: false });
    expect(usp()).toBe('1YYN');
  });
});
