// For the gate's tests only (nothing shipped imports it): a manager whose record lives in memory,
// and a gate per test on jsdom's document.
import { createManager } from '../core';
import type { Config, ConsentManager, GateOptions, ResolvedService, Signals } from '../types';
import { clearServices } from './cleanup';
import { createGate, type Gate } from './index';

export const CONFIG: Config = {
  regime: 'opt-in',
  categories: [
    { id: 'necessary' },
    { id: 'functional' },
    {
      id: 'analytics',
      services: [
        { id: 'ga', name: 'Google Analytics', provider: 'Google', cookies: ['_gid', /^_ga/], storageKeys: [/^_ga/] },
        { id: 'stats', name: 'Own statistics', sale: false },
      ],
    },
    { id: 'advertising', services: [{ id: 'meta', name: 'Meta pixel', cookies: ['_fbp'] }] },
    { id: 'session_replay', services: [{ id: 'hotjar', name: 'Hotjar', cookies: [/^_hj/], storageKeys: [/^_hj/, 'hjActiveViewportIds'] }] },
    { id: 'social', services: [{ id: 'youtube', name: 'YouTube', provider: 'Google Ireland' }, { id: 'vimeo', name: 'Vimeo' }] },
  ],
};

export function testManager(config: Config = CONFIG, signals: Partial<Signals> = {}): ConsentManager {
  const values: Record<string, string> = {};
  return createManager(config, {
    storage: {
      read: (name) => values[name],
      write: (name, value) => ((values[name] = value), true),
      remove: (name) => void delete values[name],
    },
    signals: { navigator: { globalPrivacyControl: signals.gpc ?? false } },
    clock: () => Date.UTC(2026, 0, 1),
    random: (bytes) => bytes.fill(1),
    timeZone: () => 'Europe/Berlin',
  });
}

export const tick = () => new Promise((done) => setTimeout(done, 0));

/** A category's services, as `clearAll` takes them. */
export const servicesOf = (category: string) => (manager: ConsentManager) =>
  manager.config.categories.find((c) => c.id === category)!.services;

/** Runs a withdrawal's cleanup to its end at once, as it does when the page goes away. */
export function clearAll(services: (manager: ConsentManager) => readonly ResolvedService[], manager = testManager()): void {
  clearServices({ _doc: document, _manager: manager, _guard: (run) => run }, services(manager));
  window.dispatchEvent(new Event('pagehide'));
}

/**
 * One gate per test on jsdom's document: call `setup` before and `teardown` after each test.
 * Released inline scripts run in jsdom's own global, so they report through the shared DOM:
 * `push('name')` is script text that adds "name" to `ran()`.
 */
export function gateFixture() {
  let log: string[] = [];
  let gate: Gate | undefined;
  const record = (event: Event) => log.push((event as CustomEvent<string>).detail);
  const fixture = {
    consent: undefined as unknown as ConsentManager,
    ran: () => log,
    push: (name: string) => `document.dispatchEvent(new CustomEvent('ran', { detail: '${name}' }))`,
    start(options: GateOptions = {}, manager = testManager()) {
      fixture.consent = manager;
      return (gate = createGate(manager, { ...options, document }));
    },
    destroy() {
      gate?.destroy();
      gate = undefined;
    },
    setup() {
      log = [];
      document.addEventListener('ran', record);
      document.body.innerHTML = '';
    },
    teardown() {
      document.removeEventListener('ran', record);
      fixture.destroy();
    },
  };
  return fixture;
}
