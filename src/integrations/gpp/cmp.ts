import type { ConsentManager, ConsentState } from '../../types';
import type { GppSettings } from './options';
import { gppData, supportedApis, type GppData } from './sections';

export type GppCallback = (data: unknown, success: boolean) => void;
export type GppFunction = (command: string, callback?: GppCallback, parameter?: unknown, version?: string) => void;
type Stub = GppFunction & { queue?: unknown[][]; events?: Array<{ id: number; callback: GppCallback }> };

export interface Cmp {
  /** The `__gpp` function: answers every generic command at once, in the stub phase too. */
  api: GppFunction;
  /** From here on the data follows the manager; queued calls run in their original order. */
  attach(manager: ConsentManager): void;
}

const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
const STUB_DATA: GppData = { sections: {}, strings: {}, sectionList: [], applicableSections: [-1], gppString: '' };

/**
 * The CMP side of `__gpp` v1.1. `previous` is a stub already on the page (IAB's example
 * stub keeps `queue` and `events`): its calls and listeners are taken over.
 */
export function createCmp(settings: GppSettings, report: (message: string, cause?: unknown) => void, previous?: unknown): Cmp {
  const listeners = new Map<number, GppCallback>();
  let lastId = 0;
  let cmpStatus = 'stub';
  let display = 'hidden';
  let signal = 'not ready';
  let data = STUB_DATA;
  let manager: ConsentManager | null = null;
  let queue: unknown[][] = [];
  const supportedAPIs = supportedApis(settings);

  const ping = () => ({
    gppVersion: '1.1',
    cmpStatus,
    cmpDisplayStatus: display,
    signalStatus: signal,
    supportedAPIs,
    cmpId: settings.cmpId,
    sectionList: data.sectionList,
    applicableSections: data.applicableSections,
    gppString: data.gppString,
    parsedSections: data.sections,
  });
  // A caller's callback that throws must not stop the others or reach back into ours.
  const answer = (callback: GppCallback, value: unknown, success = true): void => {
    try {
      callback(value, success);
    } catch (cause) {
      report('consentgate: a __gpp callback threw', cause);
    }
  };
  const fire = (eventName: string, value: unknown): void => {
    for (const [listenerId, callback] of listeners) answer(callback, { eventName, listenerId, data: value, pingData: ping() });
  };

  const api: GppFunction = (command, callback, parameter, version) => {
    const reply: GppCallback = typeof callback === 'function' ? callback : () => undefined;
    const loaded = manager !== null;
    const [prefix = '', field = ''] = String(parameter).split('.');
    // Own keys only: "constructor" is neither a section nor a field.
    const subs = own(data.sections, prefix) ? data.sections[prefix] : undefined;
    if (command === 'ping') answer(reply, ping());
    else if (command === 'addEventListener') {
      listeners.set(++lastId, reply);
      answer(reply, { eventName: 'listenerRegistered', listenerId: lastId, data: true, pingData: ping() });
    } else if (command === 'removeEventListener') answer(reply, listeners.delete(parameter as number));
    else if (command === 'hasSection') answer(reply, loaded ? !!subs : null);
    else if (command === 'getSection') answer(reply, subs ?? null);
    else if (command === 'getField') answer(reply, subs?.find((sub) => own(sub, field))?.[field] ?? null);
    else if (!loaded) queue.push([command, callback, parameter, version]);
    else answer(reply, null, false);
  };

  if (typeof previous === 'function') {
    const stub = previous as Stub;
    for (const { id, callback } of Array.isArray(stub.events) ? stub.events : []) {
      if (typeof callback === 'function') listeners.set(id, callback);
      lastId = Math.max(lastId, Number(id) || 0);
    }
    let calls: unknown = stub.queue;
    try {
      calls ??= (stub as () => unknown)();
    } catch {
      // Not IAB's stub: nothing to take over.
    }
    if (Array.isArray(calls)) for (const call of calls) api(...(Array.from(call as unknown[]) as Parameters<GppFunction>));
  }

  const update = (state: ConsentState, config: ConsentManager['config']): void => {
    data = gppData(state, config, settings);
  };

  return {
    api,
    attach(m) {
      if (manager) return;
      manager = m;
      update(m.state(), m.config);
      cmpStatus = 'loaded';
      fire('cmpStatus', 'loaded');
      if (m.state().needsDecision) {
        // The banner is up: the string will not be final until the visitor answers.
        display = 'visible';
        fire('cmpDisplayStatus', display);
      } else {
        signal = 'ready';
        fire('signalStatus', signal);
      }
      const pending = queue;
      queue = [];
      for (const call of pending) api(...(call as Parameters<GppFunction>));
      // Spec order: signalStatus "not ready" first, then display and section changes, "ready" last.
      m.on('change', ({ state }) => {
        if (signal === 'ready') fire('signalStatus', (signal = 'not ready'));
        const shown = state.needsDecision ? 'visible' : 'hidden';
        if (shown !== display) fire('cmpDisplayStatus', (display = shown));
        const before = data.strings;
        update(state, m.config);
        for (const prefix of new Set([...Object.keys(before), ...Object.keys(data.strings)])) {
          if (before[prefix] !== data.strings[prefix]) fire('sectionChange', prefix);
        }
        if (!state.needsDecision) fire('signalStatus', (signal = 'ready'));
      });
    },
  };
}
