// What a strict Content-Security-Policy forbids must not be in any shipped script: no code
// from strings, no <style> element, no style attribute written by us.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'types' ? [] : scripts(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['a <style> element', /createElement\(\s*["'`]style["'`]\s*\)/],
  ['a style attribute', /setAttribute\(\s*["'`]style["'`]/],
  ['string timers', /set(?:Timeout|Interval)\(\s*["'`]/],
];

describe('the built scripts', () => {
  const files = scripts('dist');

  it('include the script-tag bundle, the add-ons and the language files', () => {
    expect(files).toContain(join('dist', 'consentgate.js'));
    for (const addon of ['gpp', 'frames', 'receipts']) expect(files).toContain(join('dist', `consentgate-${addon}.js`));
    expect(files.filter((file) => file.startsWith(join('dist', 'i18n'))).length).toBeGreaterThanOrEqual(33);
  });

  it.each(FORBIDDEN)('contain no %s', (_what, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
