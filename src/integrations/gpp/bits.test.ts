// The hand-written encoder against the standards.md 6.3 test vectors and @iabgpp/cmpapi.
import { HeaderV1 } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { base64, header, int } from './bits';

describe('GPP bit encoding', () => {
  it('writes fixed-width integers', () => {
    expect(int(3, 6)).toBe('000011');
    expect(int(2, 2)).toBe('10');
  });

  it('pads to whole bytes, then whole characters, as the compressed base64url encoder does', () => {
    expect(base64('000011000001')).toBe('DBA');
    expect(base64('01' + '1')).toBe('YA');
    expect(base64('01' + '0')).toBe('QA');
  });

  it.each([
    [[7], 'DBABLA'],
    [[8], 'DBABBg'],
    [[7, 8], 'DBABrw'],
    [[6], 'DBABTA'],
    [[], 'DBAA'],
  ])('encodes the header for sections %j as %s', (ids, expected) => {
    expect(header(ids)).toBe(expected);
  });

  it('matches @iabgpp/cmpapi for headers with runs and gaps, and decodes back to the same ids', () => {
    const sets = [[2], [2, 6], [6, 7, 8], [7, 9, 10, 12], [8, 13, 14, 15, 20], [1, 3, 5, 21, 22, 23, 27], [9, 11, 27], [12, 7, 8]];
    for (const ids of sets) {
      const oracle = new HeaderV1();
      oracle.setFieldValue('SectionIds', [...ids]);
      expect(header(ids)).toBe(oracle.encode());
      expect(new HeaderV1(header(ids)).getFieldValue('SectionIds')).toEqual([...ids].sort((a, b) => a - b));
    }
  });
});
