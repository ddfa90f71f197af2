import type { ConsentManager, ConsentState, ResolvedConfig } from '../../types';
import { serveFrames } from './frames';
import type { GppSettings } from './options';
import { optOuts, usApplies } from './sections';

type UspCallback = (data: { version: 1; uspString: string } | null, success: boolean) => void;

/**
 * The legacy US Privacy string: version 1, notice given, opted out of sale, LSPA covered.
 * Opt-out of sale is the same computation as usnat's SaleOptOut; `1---` where no US law applies.
 */
export function uspString(state: ConsentState, config: ResolvedConfig, usp: NonNullable<GppSettings['usp']>): string {
  if (!usApplies(state)) return '1---';
  const yn = (on: boolean): string => (on ? 'Y' : 'N');
  return `1${yn(usp.notice)}${yn(optOuts(state, config).sale)}${yn(usp.lspa)}`;
}

/**
 * Installs `__uspapi('getUSPData', 1, callback)` and its `__uspapiLocator` frame. Calls made
 * before the manager is attached wait for it, in order.
 */
export function createUsp(usp: NonNullable<GppSettings['usp']>): (manager: ConsentManager) => void {
  let manager: ConsentManager | null = null;
  const waiting: Array<() => void> = [];
  const api = (command: string, version: number, callback: UspCallback): void => {
    if (typeof callback !== 'function') return;
    if (!manager) return void waiting.push(() => api(command, version, callback));
    if (command !== 'getUSPData' || version !== 1) return callback(null, false);
    callback({ version: 1, uspString: uspString(manager.state(), manager.config, usp) }, true);
  };
  (window as unknown as { __uspapi: typeof api }).__uspapi = api;
  serveFrames('__uspapi', (call, reply) => api(call.command as string, call.version as number, reply));
  return (m) => {
    manager = m;
    for (const call of waiting.splice(0)) call();
  };
}
