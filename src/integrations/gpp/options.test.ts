// `gpp` and `usp` options: bad fields are named and keep the strict defaults.
import { expect, it } from 'vitest';
import { readGppSettings } from './options';

  it('reports bad fields by name and keeps the strict defaults', () => {
    const messages: string[] = [];
    const settings = readGppSettings({ cmpId: 'x', notices: { sale: 1, sharing: 5 }, mspaCoveredTransaction: 0 }, 'yes', (m) => messages.push(m));
    expect(settings.cmpId).toBe(1);
    expect(settings.notices.sharing).toBe(1);
    expect(settings.mspa).toEqual([2, 0, 0]);
    expect(settings.usp).toBeNull();
    expect(messages.join('\n')).toMatch(/gpp\.cmpId/);
    expect(messages.join('\n')).toMatch(/gpp\.notices\.sale /);
    expect(messages.join('\n')).toMatch(/gpp\.notices\.sharing/);
    expect(messages.join('\n')).toMatch(/gpp\.mspaCoveredTransaction/);
    expect(messages.join('\n')).toMatch(/usp must be/);
  });

it('names a misspelt gpp or usp field, and reads the valid ones', () => {
  const messages: string[] = [];
  const settings = readGppSettings(
    { cmpid: 7, mspaOptOutOptionMode: 1, notices: { sensitiveDataLimitUse: 1 } },
    { Notice: false, lspa: 'yes' },
    (m) => messages.push(m),
  );
  expect(messages).toEqual([
    'consentgate: gpp.cmpid is not a known option (known: cmpId, notices, mspaCoveredTransaction, mspaOptOutOptionMode, mspaServiceProviderMode, sections, knownChild, sensitiveData)',
    'consentgate: usp.Notice is not a known option (known: notice, lspa)',
    'consentgate: usp.lspa must be a boolean',
  ]);
  expect(settings.cmpId).toBe(1);
  expect(settings.mspa).toEqual([2, 1, 0]);
  expect(settings.notices.sensitiveDataLimitUse).toBe(1);
  expect(settings.usp).toEqual({ notice: true, lspa: false });
  expect(readGppSettings(undefined, true, () => {}).usp).toEqual({ notice: true, lspa: false });
  expect(readGppSettings(undefined, false, () => {}).usp).toBeNull();
});
