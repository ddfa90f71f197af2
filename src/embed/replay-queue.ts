import type { ConsentManager } from '../types';

/**
 * Replays calls made before the bundle arrived. Sites paste this one-line stub above
 * everything else:
 *
 *   window.consentgate = window.consentgate || function () { (consentgate.q = consentgate.q || []).push(arguments) };
 *
 * then call `consentgate('on', 'change', fn)` or `consentgate(function (api) { … })`. A call
 * that fails is reported and the others still run.
 */
export function replayQueue(queue: unknown, api: ConsentManager): void {
  for (const call of Array.isArray(queue) ? queue : []) {
    const [first, ...rest] = Array.from(call as ArrayLike<unknown>);
    try {
      if (typeof first === 'function') first(api);
      else (api as unknown as Record<string, (...args: unknown[]) => void>)[first as string]!(...rest);
    } catch (cause) {
      console.error(`consentgate: queued call "${String(first)}" failed or is not part of the API`, cause);
    }
  }
}
