// Test support for Consent Mode (kept out of the build): the page's dataLayer read back as plain
// arrays, and the values every type takes in the strict default.
import type { Config, ConsentManager } from '../../types';
import { createManager } from '../../core';
import { testEnv, type TestEnvOptions } from '../testing';

export const w = window as unknown as { dataLayer?: unknown[] };
export const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]';

export function manager(config: Config = {}, signals: Pick<TestEnvOptions, 'gpc' | 'dnt'> = {}, values: Record<string, string> = {}): ConsentManager {
  return createManager(config, testEnv({ ...signals, values }));
}

/** The dataLayer as plain arrays, and only the gtag commands of one kind. */
export const entries = () => (w.dataLayer ?? []).map((e) => (isArguments(e) ? Array.from(e as ArrayLike<unknown>) : e));
export const commands = (kind: string) =>
  entries()
    .filter((e): e is unknown[] => Array.isArray(e) && e[0] === 'consent' && e[1] === kind)
    .map((e) => e[2] as Record<string, unknown>);

export { DENIED } from './strict-default';
