import type { ConsentManager } from '../types';

/**
 * Replays calls made before the bundle arrived. Sites paste this one-line stub above
 * everything else:
 *
 *   window.consentgate = window.consentgate || function () { (consentgate.q = consentgate.q || []).push(arguments) };
 *
 * then call `consentgate('on', 'change', fn)` or `consentgate(function (api) { … })`.
 */
export function replayQueue(queue: unknown, api: ConsentManager, onError: (message: string) => void): void {
  if (!Array.isArray(queue)) return;
  for (const call of queue) {
    const [first, ...rest] = Array.from(call as ArrayLike<unknown>);
    try {
      if (typeof first === 'function') first(api);
      else if (typeof first === 'string' && typeof (api as unknown as Record<string, unknown>)[first] === 'function') {
        (api as unknown as Record<string, (...args: unknown[]) => unknown>)[first]!(...rest);
      } else onError(`consentgate: queued call "${String(first)}" is not part of the API`);
    } catch (cause) {
      onError(`consentgate: queued call "${String(first)}" failed (${String(cause)})`);
    }
  }
}
