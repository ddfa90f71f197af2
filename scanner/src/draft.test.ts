// The draft config, the verdict and the report, from one synthetic scan.
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/core';
import { findings, undeclared, unknowns, violations } from './analyse';
import { createClassifier } from './classify';
import { draftConfig, markupLine, serviceId } from './draft';
import { renderReport } from './report';
import { check } from './testing/schema';
import type { PageResult, RequestItem, ScanResult, StateResult } from './types';

const classify = createClassifier();
const cookie = (name: string, setBy?: string) => ({
  name, domain: '127.0.0.1', path: '/', expires: '2027-01-01T00:00:00.000Z', secure: false, httpOnly: false, sameSite: 'Lax', partitioned: false,
  ...(setBy ? { setBy } : {}), classification: classify.cookie(name, setBy),
});
const request = (url: string, resourceType: string): RequestItem => {
  const { host, pathname } = new URL(url);
  return { host, path: pathname, resourceType, url, classification: classify.request(url) };
};
const state = (s: StateResult['state'], extra: Partial<StateResult> = {}): StateResult => ({ state: s, choice: 'none', cookies: [], storage: [], requests: [], ...extra });

const PAGE: PageResult = {
  url: 'https://shop.example/',
  banner: { consentgate: true, accept: 'Accept all', reject: 'Reject all' },
  states: [
    state('no-choice', { cookies: [cookie('consentgate')] }),
    state('reject', { choice: 'button', cookies: [cookie('consentgate'), cookie('wdgt_state')] }),
    state('accept', {
      choice: 'button',
      cookies: [cookie('consentgate'), cookie('_ga', 'https://www.googletagmanager.com/gtag/js?id=G-1'), cookie('_gid')],
      storage: [{ kind: 'localStorage', origin: 'https://shop.example', name: 'ajs_anonymous_id', setBy: 'https://cdn.segment.com/a.js', classification: classify.storage('ajs_anonymous_id', 'https://cdn.segment.com/a.js') }],
      requests: [
        request('https://www.googletagmanager.com/gtag/js?id=G-1', 'script'),
        request('https://cdn.segment.com/a.js', 'script'),
        request('https://www.facebook.com/tr?id=1', 'image'),
        request('https://www.youtube-nocookie.com/embed/x', 'document'),
        request('https://cdn.widget.example/w.js', 'script'),
      ],
    }),
    state('gpc', { requests: [request('https://www.facebook.com/tr?id=1', 'image')] }),
  ],
};

describe('draft config', () => {
  const { config, markup } = draftConfig([PAGE]);

  it('passes the product validator, with a service per vendor and each cookie and key found', () => {
    expect(validateConfig(config).errors).toEqual([]);
    const analytics = config.categories!.find((c) => c.id === 'analytics')!;
    expect(analytics.services).toEqual([
      // _ga was set by the Tag Manager script, so it is filed under that service.
      {
        id: 'google-tag-manager', name: 'Google Tag Manager', provider: 'Google', privacyPolicyUrl: 'https://business.safety.google/privacy/',
        cookies: [{ name: '_ga', domain: '127.0.0.1', expiry: '2 years', description: expect.stringMatching(/\w/) }],
        storageKeys: [],
      },
      expect.objectContaining({ id: 'google-analytics', cookies: [expect.objectContaining({ name: '_gid', expiry: '24 hours' })] }),
      { id: 'segment', name: 'Segment', provider: 'Segment', cookies: [], storageKeys: ['ajs_anonymous_id'] },
    ]);
    // consentgate's own cookie is implied by necessary; unknowns are not drafted.
    expect(JSON.stringify(config)).not.toMatch(/"consentgate"|wdgt_state|widget\.example/);
  });

  it('adds gate rules only for tracker hosts the built-in list does not block', () => {
    expect(config.gate).toEqual({ rules: [{ host: 'cdn.segment.com', category: 'analytics', service: 'segment' }] });
  });

  it('writes the markup line that gates each script, pixel and frame', () => {
    expect(markup).toEqual([
      '<script type="text/plain" data-consent="analytics" data-service="google-tag-manager" src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>',
      '<script type="text/plain" data-consent="analytics" data-service="segment" src="https://cdn.segment.com/a.js"></script>',
      '<img data-consent="advertising" data-service="facebook" data-src="https://www.facebook.com/tr?id=1" alt="">',
      '<iframe data-consent="social" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/x"></iframe>',
    ]);
    expect(markupLine(request('https://cdn.segment.com/a.js?x="1"&y=<', 'script'), 'analytics', 's')).toContain('src="https://cdn.segment.com/a.js?x=&quot;1&quot;&amp;y=&lt;"');
    expect(markupLine(request('https://cdn.segment.com/v1', 'fetch'), 'analytics', 's')).toBeUndefined();
  });

  it('service ids are ones the validator accepts', () => {
    expect(serviceId('Google Analytics')).toBe('google-analytics');
    expect(serviceId('  Ünïcode & Co. ')).toBe('unicode-co');
    expect(serviceId('***')).toBe('service');
  });
});

describe('verdict and report', () => {
  const all = findings([PAGE]);
  const result: ScanResult = {
    tool: { name: '@consentgate/scanner', version: '0.1.0' }, startedAt: '2026-12-08T00:00:00.000Z', finishedAt: '2026-12-08T00:01:00.000Z',
    start: 'https://shop.example/', site: 'shop.example', options: { pages: 1, concurrency: 1, timeout: 30, settle: 2000, browserArgs: [] },
    pages: [PAGE], violations: violations(all), unknowns: unknowns(all), markup: draftConfig([PAGE]).markup,
  };

  it('counts non-necessary items before consent, after Reject all and under GPC, never after Accept all', () => {
    expect(result.violations).toEqual([{ state: 'gpc', kind: 'request', name: 'www.facebook.com/tr', category: 'advertising', vendor: 'Facebook', page: 'https://shop.example/' }]);
    expect(result.unknowns.map((u) => `${u.kind} ${u.name} ${u.states}`)).toEqual(['cookie wdgt_state reject', 'request cdn.widget.example/w.js accept']);
  });

  it('lists what an audited config leaves undeclared', () => {
    const audited = createClassifier({ config: { categories: [{ id: 'analytics', services: [{ id: 'ga', name: 'GA', cookies: ['_ga'] }] }] } });
    expect(undeclared(all, audited).map((u) => u.name)).toEqual(['_gid', 'ajs_anonymous_id']);
  });

  it('matches the JSON Schema, which catches a broken result', () => {
    expect(check(result)).toEqual([]);
    const broken = { ...result, violations: [{ state: 'accept', kind: 'cookie' }], extra: 1 };
    expect(check(broken).sort()).toEqual([
      '$.violations[0].state: "accept" is not one of no-choice, reject, gpc',
      '$.violations[0]: missing category',
      '$.violations[0]: missing name',
      '$.violations[0]: missing page',
      '$: unexpected extra',
    ]);
  });

  it('renders a report that requests nothing and escapes what pages control', () => {
    const hostile = { ...result, violations: [{ ...result.violations[0]!, name: '<img src=x onerror=alert(1)>' }] };
    const html = renderReport(hostile, Buffer.from('jpeg'));
    expect(html).toContain('1 violations');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<(script|link)\b/);
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(html).toContain('src="data:image/jpeg;base64,');
    expect(html).toContain("default-src 'none'");
  });
});
