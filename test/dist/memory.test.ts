// What the script tag costs a page in memory beyond its own objects (`node scripts/profile-heap.mjs` and
// bench/README.md show where the rest goes).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const bundle = () => readFileSync(resolve(__dirname, '../../dist/consentgate.js'), 'utf8');

describe('dist/consentgate.js in memory', () => {
  it('holds only Latin-1 characters, so Chromium keeps its source at one byte per character', () => {
    // Blink keeps a script's source for the page's whole life, one byte per character while
    // every character is at most U+00FF; a single "…" or "→" turns all of it into UTF-16, about
    // 60 KB more per page. Texts beyond Latin-1 belong in the language files (dist/i18n/).
    const wide = [...new Set(bundle().match(/[^\u0000-\u00ff]/gu) ?? [])];
    expect(wide).toEqual([]);
  });
});
