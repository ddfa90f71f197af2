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
