// Classification order: consentgate's cookie, the site's config, the gate's catalog, then
// third-party-web for hosts and the Open Cookie Database for names; the rest is left unknown.
import { describe, expect, it } from 'vitest';
import { createClassifier } from './classify';
import { loadCookieDatabase } from './ocd';

const classify = createClassifier();

describe('classification', () => {
  it('takes tracker hosts from the gate catalog first: Meta is advertising there, social in third-party-web', () => {
    expect(classify.request('https://connect.facebook.net/en_US/fbevents.js')).toMatchObject({ category: 'advertising', source: 'catalog', vendor: 'Facebook' });
    expect(classify.request('https://static.hotjar.com/c/hotjar-1.js')).toMatchObject({ category: 'session_replay', source: 'catalog', vendor: 'Hotjar' });
  });

  it('falls back to third-party-web for hosts the catalog lacks, and leaves its cdn/utility hosts to review', () => {
    expect(classify.request('https://cdn.segment.com/analytics.js')).toMatchObject({ category: 'analytics', source: 'third-party-web', vendor: 'Segment' });
    expect(classify.request('https://fonts.googleapis.com/css2?family=Inter')).toEqual({ category: 'unknown', vendor: 'Google Fonts', provider: 'Google', note: 'third-party-web: cdn' });
    expect(classify.request('https://cdn.widget.example/w.js')).toEqual({ category: 'unknown', note: 'not in any catalog: cdn.widget.example' });
  });

  it('names cookies from the Open Cookie Database, wildcard rows included, with retention and description', () => {
    expect(classify.cookie('_gid')).toMatchObject({ category: 'analytics', source: 'open-cookie-database', vendor: 'Google Analytics', retention: '24 hours' });
    expect(classify.cookie('_ga_ABC123')).toMatchObject({ category: 'analytics', source: 'open-cookie-database', vendor: 'Google Analytics' });
    expect(classify.cookie('IDE')).toMatchObject({ category: 'advertising', provider: 'Google' });
  });

  it('prefers the script that set a cookie when the catalog knows it, keeping the database description', () => {
    const c = classify.cookie('_hjSessionUser_42', 'https://static.hotjar.com/c/hotjar-1.js');
    expect(c).toMatchObject({ category: 'session_replay', source: 'catalog', vendor: 'Hotjar', retention: '365 days' });
    expect(c.description).toBeTruthy();
  });

  it("files consent-storing cookies and consentgate's own as necessary", () => {
    expect(classify.cookie('consentgate')).toMatchObject({ category: 'necessary', source: 'consentgate' });
    expect(classify.cookie('CookieConsent')).toMatchObject({ category: 'necessary', source: 'open-cookie-database', vendor: 'Cookiebot' });
    expect(createClassifier({ config: { cookie: { name: 'cg' } } }).cookie('cg')).toMatchObject({ category: 'necessary', source: 'consentgate' });
  });

  it('uses the audited config first, by cookie name, storage key and gate rule', () => {
    const withConfig = createClassifier({
      config: {
        categories: [{ id: 'functional', services: [{ id: 'chat', name: 'Chat', cookies: ['_ga'], storageKeys: ['chat_id'] }] }],
        gate: { rules: [{ host: 'widget.example', category: 'social', service: 'chat' }] },
      },
    });
    expect(withConfig.cookie('_ga')).toMatchObject({ category: 'functional', source: 'site-config', vendor: 'Chat' });
    expect(withConfig.storage('chat_id')).toMatchObject({ category: 'functional', source: 'site-config' });
    expect(withConfig.request('https://cdn.widget.example/w.js')).toMatchObject({ category: 'social', source: 'site-config', vendor: 'chat' });
    expect(withConfig.declared('cookie', '_ga')).toBe('Chat');
    expect(withConfig.declared('cookie', '_gid')).toBeUndefined();
  });

  it('guesses nothing: a name no source knows, set by an unknown script, is unknown', () => {
    expect(classify.cookie('wdgt_state', 'https://cdn.widget.example/w.js')).toEqual({ category: 'unknown' });
    expect(classify.storage('my_app_state')).toEqual({ category: 'unknown' });
  });

  it('a third-party cookie on a tracker domain belongs to that tracker', () => {
    expect(classify.cookie('zz_unlisted', undefined, '.doubleclick.net')).toMatchObject({ category: 'advertising', source: 'catalog' });
  });

  it('vendors the whole database', () => {
    expect(loadCookieDatabase().size).toBeGreaterThan(2000);
  });
});
