import { describe, expect, it } from 'vitest';
import { progress } from './progress';

/** A stream stand-in that keeps what is written. */
const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, s: { isTTY, columns: 100, write: (t: string) => written.push(t) } as unknown as NodeJS.WriteStream };
};

describe('progress', () => {
  it('draws a bar on a terminal: pages done of total and the current state', () => {
    const { written, s } = stream(true);
    const p = progress(s);
    p.setTotal(4);
    p.pageDone('https://a.example/');
    p.visit('https://a.example/b', 'reject');
    expect(written.at(-1)).toMatch(/^\r\[######------------------\] 1\/4 pages  reject +https:\/\/a\.example\/b/);
    // One line the width of the terminal, less one column (no wrap), overwritten in place.
    expect(written.at(-1)!.length).toBe(100);
    p.end();
    expect(written.at(-1)).toBe('\n');
  });

  it('writes plain lines elsewhere (CI logs), one per page, with why a page was skipped', () => {
    const { written, s } = stream(false);
    const p = progress(s);
    p.setTotal(2);
    p.visit('https://a.example/', 'gpc');
    p.pageDone('https://a.example/');
    p.pageDone('https://a.example/x', 'HTTP 500');
    expect(written).toEqual(['consentgate scan: 1/2 https://a.example/\n', 'consentgate scan: 2/2 https://a.example/x skipped: HTTP 500\n']);
  });
});
