import { describe, expect, it } from 'vitest';
import { builtinRules, matcher, mentions, rule } from './rules';

const BASE = 'https://shop.example.com/page';
const rules = builtinRules();
const categoryOf = (url: string, firstParty: string[] = []) => matcher(rules, firstParty)(url, BASE)?._category;

describe('rule list', () => {
  it('maps well-known vendors to categories, subdomains included', () => {
    expect(categoryOf('https://www.google-analytics.com/g/collect?v=2')).toBe('analytics');
    expect(categoryOf('https://region1.google-analytics.com/g/collect')).toBe('analytics');
    expect(categoryOf('https://www.googletagmanager.com/gtag/js?id=G-1')).toBe('analytics');
    expect(categoryOf('https://connect.facebook.net/en_US/fbevents.js')).toBe('advertising');
    expect(categoryOf('https://snap.licdn.com/li.lms-analytics/insight.min.js')).toBe('advertising');
    expect(categoryOf('https://px.ads.linkedin.com/collect/?pid=1')).toBe('advertising');
    expect(categoryOf('https://bat.bing.com/bat.js')).toBe('advertising');
    expect(categoryOf('https://www.clarity.ms/tag/abc')).toBe('session_replay');
    expect(categoryOf('https://static.hotjar.com/c/hotjar-1.js?sv=6')).toBe('session_replay');
    expect(categoryOf('https://www.youtube-nocookie.com/embed/x')).toBe('social');
    expect(categoryOf('//player.vimeo.com/video/1')).toBe('social');
    // What browsers read as that host: one slash or none (in a scheme other than the page's), a user name.
    expect(categoryOf('http:/static.hotjar.com/c.js')).toBe('session_replay');
    expect(categoryOf('http:static.hotjar.com/c.js')).toBe('session_replay');
    expect(categoryOf('https://user@static.hotjar.com/c.js')).toBe('session_replay');
  });

  it('sees through a fully qualified host, percent-escapes, tabs and line breaks', () => {
    expect(categoryOf('https://static.hotjar.com./c/hotjar-1.js')).toBe('session_replay');
    expect(categoryOf('https://connect.facebook.net./en_US/fbevents.js')).toBe('advertising');
    expect(categoryOf('https://static.hot%6Aar.com/c/hotjar-1.js')).toBe('session_replay');
    expect(categoryOf('https://connect.face\tbook.net/en_US/fbevents.js')).toBe('advertising');
    expect(categoryOf('https://www.google-an\nalytics.com/g/collect')).toBe('analytics');
    // The first-party check reads the same host.
    expect(categoryOf('https://static.hotjar.com./c/hotjar-1.js', ['hotjar.com'])).toBeUndefined();
    // And an ordinary escaped URL on another host still matches nothing.
    expect(categoryOf('https://cdn.example.org/a%20b.png')).toBeUndefined();
  });

  it('lets the more specific path win over the bare host', () => {
    expect(categoryOf('https://www.googletagmanager.com/gtag/js?id=AW-123')).toBe('advertising');
    expect(categoryOf('https://www.facebook.com/tr?id=1&ev=PageView')).toBe('advertising');
    expect(categoryOf('https://www.facebook.com/plugins/like.php')).toBe('social');
    expect(categoryOf('https://www.facebook.com/somepage')).toBeUndefined();
    expect(categoryOf('https://www.googletagmanager.com/gtag/js?id=DC-1')).toBe('advertising');
    expect(categoryOf('https://analytics.google.com/g/collect')).toBe('analytics');
  });

  it('does not match look-alike hosts, relative URLs, data: URLs or first-party hosts', () => {
    expect(categoryOf('https://notgoogle-analytics.com/x')).toBeUndefined();
    expect(categoryOf('https://google-analytics.com.evil.example/x')).toBeUndefined();
    expect(categoryOf('/js/hotjar.com.js')).toBeUndefined();
    expect(categoryOf('data:image/gif;base64,R0lGOD')).toBeUndefined();
    expect(categoryOf('https://www.googletagmanager.com/gtm.js', ['googletagmanager.com'])).toBeUndefined();
    expect(categoryOf('http://[::1')).toBeUndefined();
    expect(categoryOf('https://cdn.example.org/x?next=https://www.google-analytics.com/')).toBeUndefined();
  });

  it('reads site rules as host plus path, ignoring a leading "*." and host case', () => {
    expect(rule('*.Stats.Example.org/Collect?x=A', 'analytics', 'stats')).toEqual({
      _host: 'stats.example.org', _path: '/Collect?x=A', _category: 'analytics', _service: 'stats',
    });
    const own = matcher([rule('cdn.example.net/track', 'analytics')], []);
    expect(own('HTTPS://A.CDN.Example.NET/track/1', BASE)?._category).toBe('analytics');
    expect(own('https://a.cdn.example.net/lib.js', BASE)).toBeUndefined();
  });

  it('tells whether HTML names a rule host at all, for the cheap path', () => {
    const named = mentions(rules);
    expect(named.test('<p><img src="https://bat.bing.com/action/0"></p>')).toBe(true);
    expect(named.test('<img src="https://cdn.example.org/x.png"><a href="/hotjar.company">x</a>')).toBe(false);
    expect(named.test('see notgoogle-analytics.com or google-analytics.com.evil.example')).toBe(false);
    expect(mentions([]).test('<img src="https://bat.bing.com/">')).toBe(false);
    expect(matcher(rules, [])('https:\\\\www.clarity.ms/tag/x', BASE)?._category).toBe('session_replay');
  });
});
