import { describe, expect, it } from 'vitest';
import { validateConfig } from './validate';

const errorsOf = (config: unknown) => validateConfig(config).errors;

describe('validateConfig', () => {
  it('accepts no config and fills in the built-in categories', () => {
    const { config, errors } = validateConfig(undefined);
    expect(errors).toEqual([]);
    expect(config.categories.map((c) => c.id)).toEqual([
      'necessary', 'functional', 'analytics', 'advertising', 'session_replay', 'social',
    ]);
    expect(config.lifetimeDays).toBe(182);
    expect(config.cookie).toEqual({ name: 'consentgate', domain: undefined, path: '/' });
    expect(config.regime).toBe('auto');
    expect(config.dnt).toBe('honor');
  });

  it('names the exact field when a cookie entry has the wrong type', () => {
    const errors = errorsOf({
      categories: [
        { id: 'necessary' },
        { id: 'functional' },
        { id: 'analytics', services: [{ id: 'ga', name: 'Google Analytics', cookies: ['_ga', 42] }] },
      ],
    });
    expect(errors).toEqual([
      'consentgate: categories[2].services[0].cookies[1] must be a string or RegExp, or an object with a name',
    ]);
  });

  it('gives US flags from the category to services that do not set them', () => {
    const { config } = validateConfig({
      categories: [
        { id: 'analytics', services: [{ id: 'ga', name: 'GA' }, { id: 'own', name: 'Own stats', sale: false }] },
        { id: 'advertising', services: [{ id: 'meta', name: 'Meta pixel' }] },
        { id: 'session_replay', services: [{ id: 'hotjar', name: 'Hotjar' }] },
      ],
    });
    const service = (id: string) => config.categories.flatMap((c) => c.services).find((s) => s.id === id)!;
    expect([service('ga').sale, service('ga').share]).toEqual([true, false]);
    expect([service('own').sale, service('own').share]).toEqual([false, false]);
    expect([service('meta').sale, service('meta').share]).toEqual([true, true]);
    expect([service('hotjar').sale, service('hotjar').share]).toEqual([false, true]);
  });

  it('adds necessary when a site leaves it out, and refuses to make it optional', () => {
    expect(validateConfig({ categories: [{ id: 'analytics' }] }).config.categories[0]!.id).toBe('necessary');
    expect(errorsOf({ categories: [{ id: 'necessary', required: false }] })).toEqual([
      'consentgate: categories[0].required cannot be false: necessary is always on',
    ]);
  });

  it('keeps session replay opt-in everywhere', () => {
    expect(errorsOf({ categories: [{ id: 'session_replay', default: true }] })[0]).toMatch(
      /^consentgate: categories\[0\]\.default cannot be true/,
    );
  });

  it.each([
    [{ revision: 'v 2' }, 'consentgate: revision must be a number or a string of up to 32 letters, digits, ".", "_" or "-"'],
    [{ lifetimeDays: 500 }, 'consentgate: lifetimeDays must be a number of days from 1 to 400'],
    [{ regime: 'strict' }, "consentgate: regime must be 'auto', 'opt-in', 'opt-out' or 'notice'"],
    [{ region: 'Germany' }, 'consentgate: region must be an ISO 3166 code such as "DE" or "US-CA"'],
    [{ regimes: { JP: 'lenient' } }, `consentgate: regimes["JP"] must be 'opt-in', 'opt-out' or 'notice'`],
    [{ signals: { dnt: 'maybe' } }, "consentgate: signals.dnt must be 'honor' or 'ignore'"],
    [{ cookie: { name: 'has space' } }, 'consentgate: cookie.name must be a cookie name (letters, digits, _ . - ...)'],
    [{ categories: [{ id: 'Ads' }] }, 'consentgate: categories[0].id must be a lowercase id such as "analytics" (a-z, 0-9, _ or -)'],
    [{ categories: [{ id: 'analytics' }, { id: 'analytics' }] }, 'consentgate: categories[1].id "analytics" is used twice'],
    [{ categories: [{ id: 'analytics', requried: true }] }, 'consentgate: categories[0].requried is not a known option (known: id, label, description, required, default, sale, share, services)'],
    [{ categories: [{ id: 'analytics', services: [{ id: 'ga' }] }] }, 'consentgate: categories[0].services[0].name is required'],
    [{ categories: 'all' }, 'consentgate: categories must be an array'],
    [{ categories: [{ id: 'analytics', services: [{ id: 'ga', name: 'GA' }] }, { id: 'advertising', services: [{ id: 'ga', name: 'Ads' }] }] }, 'consentgate: categories[1].services[0].id "ga" is used twice'],
    [{ categories: [{ id: 'analytics', services: [{ id: 'ga', name: 'GA', cookies: [{ expiry: '2y' }] }] }] }, 'consentgate: categories[0].services[0].cookies[0].name is required'],
    ['{"broken json', 'consentgate: config must be an object'],
  ])('rejects %j with a message naming the field', (config, message) => {
    expect(errorsOf(config)).toContain(message);
  });

  it('refuses script URLs, also when disguised with whitespace, as privacy-policy links', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x']) {
      expect(errorsOf({ privacyPolicyUrl: url })).toEqual([
        'consentgate: privacyPolicyUrl must be an http(s) URL or a path on this site',
      ]);
    }
    expect(errorsOf({ privacyPolicyUrl: '/privacy' })).toEqual([]);
    expect(errorsOf({ privacyPolicyUrl: 'https://example.com/privacy' })).toEqual([]);
  });

  it('never throws, even when reading the config throws', () => {
    const hostile = {
      get categories(): never {
        throw new Error('boom');
      },
    };
    const result = validateConfig(hostile);
    expect(result.errors[0]).toMatch(/^consentgate: config could not be read/);
    expect(result.config.categories.length).toBeGreaterThan(0);
  });

  it('accepts cookie patterns made in another frame (another realm\'s RegExp)', () => {
    const iframe = document.body.appendChild(document.createElement('iframe'));
    const pattern = new (iframe.contentWindow as unknown as { RegExp: RegExpConstructor }).RegExp('^_ga_');
    expect(pattern instanceof RegExp).toBe(false);
    expect(errorsOf({ categories: [{ id: 'analytics', services: [{ id: 'ga', name: 'GA', cookies: [pattern] }] }] })).toEqual([]);
  });

  it('accepts numbers as revisions', () => {
    expect(validateConfig({ revision: 3 }).config.revision).toBe('3');
  });
});

describe('validateConfig, more', () => {
  it('names a repeated service by its real position, after an invalid one', () => {
    expect(
      errorsOf({ categories: [{ id: 'analytics', services: [{ id: 'ga', name: 'GA' }, 7, { id: 'ga', name: 'GA 2' }] }] }),
    ).toEqual([
      'consentgate: categories[0].services[1] must be an object',
      'consentgate: categories[0].services[2].id "ga" is used twice',
    ]);
  });

  it('does not call two invalid ids a repeat', () => {
    expect(errorsOf({ categories: [{ id: 'A' }, { id: 'B' }] })).toHaveLength(2);
    expect(errorsOf({ categories: [{ id: 'A' }, { id: 'B' }] }).join()).not.toMatch(/used twice/);
  });

  it('keeps only the texts a site configured: the UI names built-in categories', () => {
    const { config } = validateConfig({ categories: [{ id: 'analytics', label: 'Stats' }, { id: 'social' }] });
    expect(config.categories.map((c) => [c.id, c.label])).toEqual([
      ['necessary', undefined],
      ['analytics', 'Stats'],
      ['social', undefined],
    ]);
    expect(validateConfig(undefined).config.categories.every((c) => c.label === undefined && c.description === undefined)).toBe(true);
  });

  it('fills in services from their category and keeps their declarations', () => {
    const { config } = validateConfig({
      categories: [{ id: 'advertising', services: [{ id: 'meta', name: 'Meta', cookies: ['_fbp', { name: /^_fbc/, expiry: '90 days' }] }] }],
    });
    expect(config.categories[1]!.services[0]).toEqual({
      id: 'meta', name: 'Meta', category: 'advertising', provider: '', purpose: '', privacyPolicyUrl: '',
      cookies: [{ name: '_fbp' }, { name: /^_fbc/, expiry: '90 days' }], storageKeys: [], sale: true, share: true,
    });
  });
});

describe('validateConfig, keys that do nothing', () => {
  it('names the closest known key for each unknown top-level key, and locks nothing', () => {
    const { errors, unknown, config } = validateConfig({
      gaet: {}, categorys: [], revison: 2, privacyPolicyURL: '/p', consentmode: false, reciepts: {}, cookies: {}, reigme: 'opt-out',
      frame: {}, revision: 4,
    });
    expect(errors).toEqual([]);
    expect(config.revision).toBe('4');
    expect(unknown.map((u) => u.message)).toEqual([
      'consentgate: unknown key "gaet" (did you mean "gate"?)',
      'consentgate: unknown key "categorys" (did you mean "categories"?)',
      'consentgate: unknown key "revison" (did you mean "revision"?)',
      'consentgate: unknown key "privacyPolicyURL" (did you mean "privacyPolicyUrl"?)',
      'consentgate: unknown key "consentmode" (did you mean "consentMode"?)',
      'consentgate: unknown key "reciepts" (did you mean "receipts"?)',
      'consentgate: unknown key "cookies" (did you mean "cookie"?)',
      'consentgate: unknown key "reigme" (did you mean "regime"?)',
      'consentgate: unknown key "frame" (did you mean "frames"?)',
    ]);
    expect(unknown[0]!.key).toBe('gaet');
  });

  it('knows every key of the other layers and the add-ons', () => {
    const every = { gate: {}, ui: {}, consentMode: false, dataLayer: false, vendors: false, gpp: {}, usp: true, receipts: {}, frames: {} };
    expect(validateConfig({ ...every, revision: 1, lifetimeDays: 30, signals: {}, regimes: {} }).unknown).toEqual([]);
  });
});

describe('validateConfig, the known keys', () => {
  it('knows every top-level key the Config type documents, so none is ever reported as a typo', async () => {
    // Read from the type's source: a key added to Config but not to the validator's lists would
    // otherwise warn every site that uses it.
    const { readFileSync } = await import('node:fs');
    const source = readFileSync('src/types.ts', 'utf8');
    const body = /^export interface Config \{\n([\s\S]*?)^\}/m.exec(source)![1]!;
    const keys = [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(15);
    const { unknown } = validateConfig(Object.fromEntries(keys.map((key) => [key, undefined])));
    expect(unknown).toEqual([]);
  });
});
