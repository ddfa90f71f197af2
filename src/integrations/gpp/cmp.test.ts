// The __gpp API (CMP API v1.1) and __uspapi, as page scripts and framed ad code call them.
import { GppModel } from '@iabgpp/cmpapi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createManager } from '../../core';
import type { Config, ConsentManager } from '../../types';
import { testEnv } from '../testing';
import { installGpp } from './install';

type Gpp = (command: string, callback?: (data: any, success: boolean) => void, parameter?: unknown) => void;
const w = window as unknown as { __gpp?: Gpp & Record<string, unknown>; __uspapi?: (...args: unknown[]) => void };

function manager(config: Config = {}, gpc = false): ConsentManager {
  return createManager(config, testEnv({ gpc }));
}

/** Calls __gpp and returns what the callback got (generic commands answer synchronously). */
function call(command: string, parameter?: unknown): { data: any; success: boolean } {
  let result: { data: any; success: boolean } | undefined;
  w.__gpp!(command, (data, success) => (result = { data, success }), parameter);
  if (!result) throw new Error(`${command} did not answer at once`);
  return result;
}

function listen(): { names: () => string[]; events: any[]; id: number } {
  const events: any[] = [];
  w.__gpp!('addEventListener', (event) => events.push(event));
  return { events, id: events[0].listenerId, names: () => events.map((e) => `${e.eventName}${typeof e.data === 'string' ? `:${e.data}` : ''}`) };
}

beforeEach(() => {
  delete w.__gpp;
  delete w.__uspapi;
  document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

describe('the stub phase (no manager yet)', () => {
  it('answers generic commands at once, queues the rest in order', () => {
    const gpp = installGpp({});
    expect(typeof w.__gpp).toBe('function');
    expect(call('ping').data).toMatchObject({ gppVersion: '1.1', cmpStatus: 'stub', signalStatus: 'not ready', cmpId: 1, applicableSections: [-1], gppString: '' });
    const a = listen();
    const b = listen();
    expect(a.events[0]).toMatchObject({ eventName: 'listenerRegistered', data: true });
    expect(b.id).not.toBe(a.id);
    expect(call('hasSection', 'usnat').data).toBeNull();
    expect(call('getField', 'usnat.Gpc').data).toBeNull();
    const order: string[] = [];
    w.__gpp!('usnat.custom', () => order.push('first'));
    w.__gpp!('other', () => order.push('second'));
    expect(order).toEqual([]);
    gpp.attach(manager({ region: 'US-NY' }));
    expect(order).toEqual(['first', 'second']);
    expect(a.names()).toEqual(['listenerRegistered', 'cmpStatus:loaded', 'signalStatus:ready']);
  });

  it("takes over IAB's example stub: its queue and its listeners", () => {
    const heard: string[] = [];
    const stub = Object.assign(() => stub.queue, {
      queue: [['ping', (d: any) => heard.push(`ping:${d.cmpStatus}`)]],
      events: [{ id: 1, callback: (e: any) => heard.push(e.eventName), parameter: null }],
    });
    w.__gpp = stub as never;
    installGpp({}, manager({ region: 'US-NY' }));
    expect(heard).toEqual(['ping:stub', 'cmpStatus', 'signalStatus']);
    expect(listen().id).toBe(2);
  });
});

describe('loaded', () => {
  it('returns every PingReturn field and sections that decode with GppModel', () => {
    installGpp({}, manager({ region: 'US-CA' }, true));
    const ping = call('ping').data;
    expect(Object.keys(ping).sort()).toEqual(
      ['applicableSections', 'cmpDisplayStatus', 'cmpId', 'cmpStatus', 'gppString', 'gppVersion', 'parsedSections', 'sectionList', 'signalStatus', 'supportedAPIs'].sort(),
    );
    expect(ping).toMatchObject({ cmpStatus: 'loaded', cmpDisplayStatus: 'hidden', signalStatus: 'ready', sectionList: [7, 8], applicableSections: [8] });
    expect(new GppModel(ping.gppString).getFieldValue('usnat', 'Gpc')).toBe(true);
    expect(call('getField', 'usnat.Gpc').data).toBe(true);
    for (const field of ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut']) expect(call('getField', `usnat.${field}`).data).toBe(1);
    expect(call('getSection', 'usnat').data).toHaveLength(2);
    expect(call('getSection', 'usca').data[1]).toEqual({ GpcSegmentType: 1, Gpc: true });
    expect(call('hasSection', 'usca').data).toBe(true);
    expect(call('hasSection', 'tcfeuv2').data).toBe(false);
    expect(call('getField', 'usnat.Nope').data).toBeNull();
    expect(call('unknownCommand')).toEqual({ data: null, success: false });
  });

  it('fires events in the spec order for a new visitor who decides', () => {
    const m = manager({ region: 'US-TX', regimes: { 'US-TX': 'opt-in' } });
    const gpp = installGpp({});
    const early = listen();
    gpp.attach(m);
    expect(call('ping').data).toMatchObject({ cmpDisplayStatus: 'visible', signalStatus: 'not ready' });
    m.rejectAll();
    expect(early.names()).toEqual([
      'listenerRegistered',
      'cmpStatus:loaded',
      'cmpDisplayStatus:visible',
      'cmpDisplayStatus:hidden',
      'sectionChange:usnat',
      'sectionChange:ustx',
      'signalStatus:ready',
    ]);
    expect(call('getField', 'usnat.SaleOptOut').data).toBe(1);
  });

  it('fires signalStatus "not ready" first when a returning visitor changes a section', () => {
    const m = manager({ region: 'US-NY' });
    installGpp({}, m);
    const later = listen();
    m.set({ advertising: false });
    expect(later.names()).toEqual(['listenerRegistered', 'signalStatus:not ready', 'sectionChange:usnat', 'signalStatus:ready']);
    m.reset();
    expect(later.names().slice(4)).toEqual(['signalStatus:not ready', 'sectionChange:usnat', 'signalStatus:ready']);
  });

  it('removeEventListener answers true once, then false; a removed listener hears nothing', () => {
    const m = manager({ region: 'US-NY' });
    installGpp({}, m);
    const l = listen();
    expect(call('removeEventListener', l.id).data).toBe(true);
    expect(call('removeEventListener', l.id).data).toBe(false);
    m.set({ advertising: false });
    expect(l.events).toHaveLength(1);
  });

  it("a throwing callback neither stops the others nor reaches the caller's page", () => {
    const report = vi.fn();
    const m = manager({ region: 'US-NY' });
    installGpp({}, m, report);
    w.__gpp!('addEventListener', (e) => {
      if (e.eventName !== 'listenerRegistered') throw new Error('vendor bug');
    });
    const good = listen();
    expect(() => m.set({ advertising: false })).not.toThrow();
    expect(good.events.length).toBeGreaterThan(1);
    expect(report).toHaveBeenCalled();
  });

  it('outside the US: applicableSections [-1], no sections', () => {
    installGpp({}, manager({ region: 'FR' }));
    expect(call('ping').data).toMatchObject({ applicableSections: [-1], sectionList: [], gppString: 'DBAA', parsedSections: {} });
    expect(call('hasSection', 'usnat').data).toBe(false);
  });

  it('a second install keeps the first CMP', () => {
    const first = installGpp({ gpp: { cmpId: 5 } }, manager({ region: 'US-NY' }));
    expect(installGpp({ gpp: { cmpId: 6 } })).toBe(first);
    expect(call('ping').data.cmpId).toBe(5);
  });

  it('uses the configured cmpId', () => {
    installGpp({ gpp: { cmpId: 300 } }, manager({ region: 'US-NY' }));
    expect(call('ping').data.cmpId).toBe(300);
  });
});

describe('frames', () => {
  it('adds the __gppLocator frame and answers __gppCall messages in the form they came', () => {
    installGpp({}, manager({ region: 'US-NY' }, true));
    expect(document.querySelector('iframe[name="__gppLocator"]')).not.toBeNull();
    // Earlier tests' installs left their message listeners on this window: count this one's replies.
    const post = vi.spyOn(window, 'postMessage').mockImplementation(() => undefined);
    window.dispatchEvent(new MessageEvent('message', { data: { __gppCall: { command: 'getField', parameter: 'usnat.Gpc', version: '1.1', callId: 'a' } }, source: window }));
    expect(post).toHaveBeenLastCalledWith({ __gppReturn: { returnValue: true, success: true, callId: 'a' } }, '*');
    window.dispatchEvent(new MessageEvent('message', { data: JSON.stringify({ __gppCall: { command: 'ping', callId: 2 } }), source: window }));
    const reply = JSON.parse(post.mock.lastCall![0] as string);
    expect(reply.__gppReturn).toMatchObject({ success: true, callId: 2, returnValue: { cmpStatus: 'loaded' } });
    const replies = post.mock.calls.length;
    window.dispatchEvent(new MessageEvent('message', { data: 'not json', source: window }));
    window.dispatchEvent(new MessageEvent('message', { data: { other: 1 }, source: window }));
    expect(post).toHaveBeenCalledTimes(replies);
  });
});
