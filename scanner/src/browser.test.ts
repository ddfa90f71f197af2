import { describe, expect, it } from 'vitest';
import { chromiumPath, MissingBrowserError } from './browser';

describe('the browser', () => {
  it('is Debian\'s Chromium, or the one CHROMIUM_PATH names', () => {
    expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('when missing, says what to install instead of downloading one', () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(MissingBrowserError);
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(/none at \/nonexistent\/chromium[\s\S]*apt-get install chromium[\s\S]*CHROMIUM_PATH[\s\S]*never downloads/);
  });
});
