import { describe, expect, it } from 'vitest';
import { conditionOf, conditionProblem, holds } from './condition';
import { CONFIG, testManager } from './testing';

const STATE = testManager().state();
/** The condition an element with this `data-consent` (and `data-service`) declares. */
const parseCondition = (value: string | null, service?: string) => {
  const el = document.createElement('script');
  if (value !== null) el.setAttribute('data-consent', value);
  if (service) el.setAttribute('data-service', service);
  return conditionOf(el, STATE, () => undefined);
};

describe('parseCondition', () => {
  it('reads categories to grant and, with "!", categories to refuse', () => {
    expect(parseCondition('analytics')).toMatchObject({ _all: ['analytics'], _none: [] });
    expect(parseCondition(' analytics  advertising ')).toMatchObject({ _all: ['analytics', 'advertising'], _none: [] });
    expect(parseCondition('analytics, !social')).toMatchObject({ _all: ['analytics'], _none: ['social'] });
    expect(parseCondition('!analytics', 'ga')).toMatchObject({ _all: [], _none: ['analytics'], _service: 'ga' });
    expect(parseCondition(null)).toMatchObject({ _all: [], _none: [] });
    expect(parseCondition('', 'nope')).toMatchObject({ _all: [], _none: [], _service: 'nope' });
  });
});

describe('holds', () => {
  it('needs every listed category, and the service when one is named', () => {
    const consent = testManager();
    consent.set({ analytics: true, advertising: false }, { ga: false });
    const state = consent.state();
    expect(holds(parseCondition('analytics'), state)).toBe(true);
    expect(holds(parseCondition('analytics advertising'), state)).toBe(false);
    expect(holds(parseCondition('analytics', 'stats'), state)).toBe(true);
    expect(holds(parseCondition('analytics', 'ga'), state)).toBe(false);
    expect(holds(parseCondition('necessary'), state)).toBe(true);
  });

  it('runs "!category" only once the category is refused, not while the visitor has not answered', () => {
    const consent = testManager();
    expect(holds(parseCondition('!analytics'), consent.state())).toBe(false);
    consent.rejectAll();
    expect(holds(parseCondition('!analytics'), consent.state())).toBe(true);
    consent.acceptAll();
    expect(holds(parseCondition('!analytics'), consent.state())).toBe(false);
  });

  it('lets a named service decide for its own category: a no-sale service runs under GPC', () => {
    const state = testManager({ ...CONFIG, regime: 'opt-out' }, { gpc: true }).state();
    expect(state.categories.analytics!.granted).toBe(false);
    expect(holds(parseCondition('analytics', 'stats'), state)).toBe(true);
    expect(holds(parseCondition('', 'stats'), state)).toBe(true);
    expect(holds(parseCondition('analytics', 'ga'), state)).toBe(false);
    expect(holds(parseCondition('analytics'), state)).toBe(false);
    // Another category on the element still applies.
    expect(holds(parseCondition('analytics advertising', 'stats'), state)).toBe(false);
    expect(holds(parseCondition('analytics functional', 'stats'), state)).toBe(true);
  });

  it('refuses a no-sale service once the visitor refuses its category', () => {
    const consent = testManager({ ...CONFIG, regime: 'opt-out' }, { gpc: true });
    consent.set({ analytics: false });
    expect(holds(parseCondition('analytics', 'stats'), consent.state())).toBe(false);
  });

  it('counts a GPC denial as a refusal', () => {
    const consent = testManager({ regime: 'opt-out' }, { gpc: true });
    expect(holds(parseCondition('!advertising'), consent.state())).toBe(true);
  });

  // The gate asks `holds` only of conditions without a problem; release.test.ts proves that
  // elements with unknown ids (negated or not) stay blocked.
  it('finds a problem with every unknown id, and says which ids exist', () => {
    const consent = testManager();
    consent.acceptAll();
    const state = consent.state();
    expect(conditionProblem(parseCondition('toString'), state)).toMatch(/^names unknown category "toString"/);
    expect(conditionProblem(parseCondition('analytics !advertisng'), state)).toMatch(/^names unknown category "advertisng"/);
    expect(conditionProblem(parseCondition('analytcs'), state)).toBe(
      'names unknown category "analytcs" (known: necessary,functional,analytics,advertising,session_replay,social)',
    );
    expect(conditionProblem(parseCondition('analytics', 'gaa'), state)).toBe('names unknown service "gaa"');
    expect(conditionProblem(parseCondition(''), state)).toBe('names no category');
    expect(conditionProblem(parseCondition('!'), state)).toMatch(/unknown category ""/);
  });
});

describe('conditionOf', () => {
  it('takes a bare data-consent category from the service, else from the URL', () => {
    const state = testManager().state();
    const el = document.createElement('iframe');
    el.setAttribute('data-consent', '');
    el.setAttribute('data-service', 'youtube');
    expect(conditionOf(el, state, () => undefined)._all).toEqual(['social']);
    el.removeAttribute('data-service');
    el.setAttribute('data-src', 'https://player.vimeo.com/video/1');
    expect(conditionOf(el, state, (url) => (url.includes('vimeo') ? 'social' : undefined))._all).toEqual(['social']);
  });
});
