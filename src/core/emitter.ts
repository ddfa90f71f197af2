import type { Unsubscribe } from '../types';

type Listener<T> = (payload: T) => void;

export interface Emitter<Events> {
  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): Unsubscribe;
  _emit<K extends keyof Events>(event: K, payload: Events[K]): void;
}

/**
 * A typed event emitter where one listener's exception cannot stop the others:
 * a host page's faulty handler must never keep the gate from hearing a withdrawal.
 */
export function createEmitter<Events>(onListenerError: (error: unknown) => void): Emitter<Events> {
  const listeners: { [K in keyof Events]?: Set<Listener<Events[K]>> } = {};
  return {
    on(event, listener) {
      const set = (listeners[event] ??= new Set());
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    _emit(event, payload) {
      for (const listener of [...(listeners[event] ?? [])]) {
        try {
          listener(payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}
