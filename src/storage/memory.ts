import type { StorageAdapter } from '../types';

/** Keeps the record in memory: for tests, server rendering, or sites that store consent elsewhere. */
export function memoryStorage(initial: Record<string, string> = {}): StorageAdapter & {
  readonly values: Record<string, string>;
} {
  const values = { ...initial };
  return {
    values,
    read: (name) => values[name],
    write(name, value) {
      values[name] = value;
      return true;
    },
    remove(name) {
      delete values[name];
    },
  };
}
