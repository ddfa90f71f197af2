import { describe, expect, it, vi } from 'vitest';
import { readOptions } from './options';
import { testManager } from './testing';

const read = (input: unknown) => {
  const report = vi.fn();
  const settings = readOptions(input, testManager().state(), report);
  return { settings, messages: report.mock.calls.map((c) => c[0] as string) };
};

describe('the gate options', () => {
  it('fills in every default, unlocked, when none are given', () => {
    const { settings, messages } = read(undefined);
    expect(messages).toEqual([]);
    expect(settings).toMatchObject({ builtinRules: true, firstParty: [], autoBlock: true, network: false, reloadOnWithdraw: false, _locked: false });
    expect(settings.texts).toEqual({});
    expect(settings.rules.length).toBeGreaterThan(20);
  });

  it('compiles the site rules before the built-in list, and drops that list when asked', () => {
    const rules = [{ host: '*.Stats.example', path: '/t', category: 'analytics', service: 'stats' }];
    const { settings, messages } = read({ rules, builtinRules: false, firstParty: ['.CDN.example'], network: true });
    expect(messages).toEqual([]);
    expect(settings.rules).toEqual([{ _host: 'stats.example', _path: '/t', _category: 'analytics', _service: 'stats' }]);
    expect(settings.firstParty).toEqual(['cdn.example']);
    expect(settings.network).toBe(true);
  });

  it('names each bad field by its path and locks the gate as strict as it can be', () => {
    const { settings, messages } = read({
      autoBlock: false,
      network: 'no',
      onWithdraw: 'alert(1)',
      firstParty: ['cdn.example', 7],
      texts: { allow: 1, alow: 'OK' },
      rules: [{ host: 'x.example', category: 'analytcs' }],
      colour: 'red',
    });
    expect(messages).toEqual([
      'consentgate: gate.network must be a boolean',
      'consentgate: gate.onWithdraw must be a function',
      'consentgate: gate.firstParty[1] must be a string',
      'consentgate: gate.texts.allow must be a string',
      'consentgate: gate.texts.alow is not a known option (known: content, from, blocked, allow, settings)',
      expect.stringMatching(/^consentgate: gate\.rules\[0\]\.category must be 'necessary', 'functional', /),
      expect.stringMatching(/^consentgate: gate\.colour is not a known option \(known: rules, /),
    ]);
    expect(settings).toMatchObject({ _locked: true, autoBlock: true, network: true, firstParty: ['cdn.example'] });
    // A text it could not read is never shown: the placeholder falls back to the UI's or English.
    expect(settings.texts).toEqual({});
    expect(typeof settings.onWithdraw).toBe('function');
    expect(settings.rules.some((r) => r._host === 'x.example')).toBe(false);
    expect(read('strict').messages).toEqual(['consentgate: gate must be an object']);
  });

  it('keeps holding a rule host for its whole category when its service or path is wrong', () => {
    const { settings, messages } = read({ rules: [{ host: 'px.example', path: 3, category: 'analytics', service: 'nope' }] });
    expect(messages).toEqual(['consentgate: gate.rules[0].path must be a string', 'consentgate: gate.rules[0].service must be a configured service']);
    expect(settings._locked).toBe(true);
    expect(settings.rules[0]).toEqual({ _host: 'px.example', _path: '', _category: 'analytics', _service: undefined });
  });
});
