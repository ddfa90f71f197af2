// The script-tag add-on: __gpp from the moment it runs, the manager whenever consentgate.js starts.
import { beforeEach, expect, it, vi } from 'vitest';
import { createManager } from '../../core';
import { replayQueue } from '../../embed/replay-queue';
import type { ConsentManager, Env } from '../../types';

type W = { __gpp?: (...args: unknown[]) => void; __uspapi?: unknown; consentgate?: any; consentgateConfig?: unknown };
const w = window as unknown as W;

function installedManager(config: unknown): ConsentManager {
  const env: Env = {
    storage: { read: () => undefined, write: () => true, remove: () => undefined },
    signals: { navigator: { globalPrivacyControl: true } },
    clock: () => Date.UTC(2026, 0, 15),
    random: (bytes) => bytes.fill(7),
    timeZone: () => undefined,
  };
  // What consentgate.js puts on window.consentgate.
  return Object.assign(createManager(config, env), { [Symbol.for('consentgate.manager')]: true });
}

const ping = (): any => {
  let data: any;
  w.__gpp!('ping', (d: unknown) => (data = d));
  return data;
};

beforeEach(() => {
  vi.resetModules();
  delete w.__gpp;
  delete w.__uspapi;
  delete w.consentgate;
  delete w.consentgateConfig;
  document.head.innerHTML = '';
});

it('answers as a stub before consentgate.js, then follows the manager its queue hands over', async () => {
  document.head.innerHTML = `<script type="application/json" id="consentgate-config">${JSON.stringify({ region: 'US-NY', gpp: { cmpId: 9 }, usp: true })}</script>`;
  await import('./addon');
  expect(ping()).toMatchObject({ cmpStatus: 'stub', cmpId: 9 });
  expect(typeof w.consentgate).toBe('function');
  // consentgate.js starting: it replays the queue the add-on left.
  const api = installedManager({ region: 'US-NY' });
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  replayQueue(w.consentgate.q, api);
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
  expect(ping()).toMatchObject({ cmpStatus: 'loaded', signalStatus: 'ready', sectionList: [7] });
  expect(typeof w.__uspapi).toBe('function');
});

it('attaches at once when consentgate.js came first, reading window.consentgateConfig', async () => {
  w.consentgateConfig = { region: 'US-CA', gpp: { cmpId: 4 } };
  w.consentgate = installedManager(w.consentgateConfig);
  await import('./addon');
  expect(ping()).toMatchObject({ cmpStatus: 'loaded', cmpId: 4, applicableSections: [8] });
  expect(w.__uspapi).toBeUndefined();
});

it('keeps the defaults when the inline config is not JSON', async () => {
  document.head.innerHTML = '<script type="application/json" id="consentgate-config">{oops</script>';
  await import('./addon');
  expect(ping()).toMatchObject({ cmpStatus: 'stub', cmpId: 1 });
});
