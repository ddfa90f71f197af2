// A config key that does nothing is told to the site owner: a misspelt top-level key, with the
// key they most likely meant, and a feature key whose add-on is not on the page. Neither locks
// the manager: no privacy promise depends on them.
import { describe, expect, it } from 'vitest';
import type { ConsentManager, ErrorEvent } from '../../src/types';
import { chromiumSuite } from './support/suite';

type W = { consentgate: ConsentManager; __errors: Array<Pick<ErrorEvent, 'message' | 'key'>> };

const suite = chromiumSuite();

/** A page as a site owner writes it, listening to errors through the documented queue. */
const page = (config: object, addons: { before?: string; after?: string } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>config keys</title>
<script>
window.__errors = [];
window.consentgate = function () { (consentgate.q = consentgate.q || []).push(arguments) };
consentgate(function (api) { api.on('error', function (e) { __errors.push({ message: e.message, key: e.key }) }) });
</script>
<script type="application/json" id="consentgate-config">${JSON.stringify(config)}</script>
${addons.before ? `<script src="/dist/${addons.before}"></script>` : ''}
<script src="/dist/consentgate.js"></script>
${addons.after ? `<script src="/dist/${addons.after}"></script>` : ''}
</head><body><p>Article</p></body></html>`;

const CONFIG = { regime: 'opt-in', gaet: { network: true }, categorys: [], receipts: { endpoint: '/consent-receipts' }, gpp: {} };
const UNKNOWN = [
  'consentgate: unknown key "gaet" (did you mean "gate"?)',
  'consentgate: unknown key "categorys" (did you mean "categories"?)',
];
const NO_ADDON = [
  'consentgate: "gpp" does nothing without consentgate-gpp.js on the page',
  'consentgate: "receipts" does nothing without consentgate-receipts.js on the page',
];

describe('config keys that do nothing', () => {
  it('are each told once in the console, in state() and as an error event, and lock nothing', async () => {
    const { page: tab, site } = suite;
    const logged: string[] = [];
    tab.on('console', (message) => logged.push(message.text()));
    await tab.goto(site.page('/keys', page(CONFIG)));
    await tab.waitForFunction(() => (window as unknown as W).consentgate.state().configWarnings.length === 4);
    const { warnings, errors, locked } = await tab.evaluate(() => {
      const api = (window as unknown as W).consentgate;
      return { warnings: api.state().configWarnings, errors: (window as unknown as W).__errors, locked: api.state().configErrors.length > 0 };
    });
    expect(warnings).toEqual([...UNKNOWN, ...NO_ADDON]);
    expect(errors).toEqual([...UNKNOWN, ...NO_ADDON].map((message, i) => ({ message, key: ['gaet', 'categorys', 'gpp', 'receipts'][i] })));
    for (const message of [...UNKNOWN, ...NO_ADDON]) expect(logged.filter((text) => text.startsWith(message))).toHaveLength(1);
    expect(locked).toBe(false);
    await tab.getByRole('button', { name: 'Accept all' }).click();
    expect(await tab.evaluate(() => (window as unknown as W).consentgate.get('analytics'))).toBe(true);
  });

  it('are not told when the add-ons are on the page', async () => {
    const { page: tab, site } = suite;
    const config = { regime: 'opt-in', receipts: { endpoint: '/consent-receipts' }, gpp: {}, usp: true };
    await tab.goto(site.page('/addons', page(config, { before: 'consentgate-receipts.js', after: 'consentgate-gpp.js' })));
    await tab.waitForLoadState('load');
    await tab.waitForTimeout(100);
    expect(await tab.evaluate(() => (window as unknown as W).consentgate.state().configWarnings)).toEqual([]);
    expect(await tab.evaluate(() => (window as unknown as W).__errors)).toEqual([]);
    expect(suite.errors).toEqual([]);
  });
});
