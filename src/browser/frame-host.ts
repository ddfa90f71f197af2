import { decodeRecord, fields, is, list } from '../core';
import type { ConsentManager, StorageAdapter, Unsubscribe } from '../types';

export interface FrameHostOptions {
  /** Frame origins allowed to write the decision, e.g. `https://embed.example.com`. Reads are open to all. */
  origins?: readonly string[];
  /** The storage the manager uses (consentgate-frames.js takes it from consentgate.js's environment). */
  storage: StorageAdapter;
}

type Message = { consentgate?: unknown; id?: unknown; value?: unknown };

/**
 * The top-level page's side of the frame bridge (see `frameStorage`). Any frame may ask for the
 * stored record (`{ consentgate: 'read', id }` → `{ consentgate: 'value', id, value }`); only
 * frames from `origins` may store one (`{ consentgate: 'write', value }`, a valid record, or
 * `{ consentgate: 'remove' }`), so an ad frame can never grant consent on the site. A refused
 * write is answered with the record in force. Frames that have read hear `{ consentgate: 'changed' }`
 * after every change of the manager.
 */
export function answerFrames(manager: ConsentManager, { origins = [], storage }: FrameHostOptions): Unsubscribe {
  const allowed = new Set(origins);
  const frames = new Map<MessageEventSource, string>();
  const { name, domain, path } = manager.config.cookie;
  const options = { maxAgeDays: manager.config.lifetimeDays, domain, path };

  const stored = (): string | null => {
    try {
      return storage.read(name) ?? null;
    } catch {
      return null;
    }
  };
  const post = (source: MessageEventSource, origin: string, message: Message): void => {
    try {
      (source as Window).postMessage(message, origin === 'null' || !origin ? '*' : origin);
    } catch {
      // The frame went away.
    }
  };

  const onMessage = (event: MessageEvent): void => {
    const data = event.data as Message | null;
    const source = event.source;
    if (!source || source === (globalThis as unknown) || typeof data !== 'object' || data === null) return;
    const kind = data.consentgate;
    if (kind === 'read') {
      frames.set(source, event.origin);
      post(source, event.origin, { consentgate: 'value', id: data.id, value: stored() });
    } else if (kind === 'write' || kind === 'remove') {
      if (!allowed.has(event.origin) || (kind === 'write' && !decodeRecord(data.value))) {
        post(source, event.origin, { consentgate: 'value', value: stored() });
        return;
      }
      try {
        if (kind === 'write') storage.write(name, data.value as string, options);
        else storage.remove(name, options);
      } catch {
        // Cookies blocked on the site itself: the manager keeps what it had.
      }
      manager.refresh();
    }
  };

  const stop = manager.on('change', () => {
    for (const [source, origin] of frames) post(source, origin, { consentgate: 'changed' });
  });
  addEventListener('message', onMessage);
  return () => {
    stop();
    removeEventListener('message', onMessage);
    frames.clear();
  };
}

/** True in a frame whose top-level page is of another origin (its `location` cannot be read, or differs). */
export function inCrossOriginFrame(win: Window = globalThis as unknown as Window): boolean {
  try {
    if (win.top === win || !win.top) return false;
    return win.top.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}

// Exact origins only: a path, a wildcard or a `null` origin is no origin a frame can have.
function isOrigin(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * Checks the `frames` config key, `{ origins: ['https://embed.example.com'] }`, with core's
 * checker. Any problem allows no frame to write (fail closed) and is reported by its path.
 */
export function frameOrigins(value: unknown): { origins: string[]; errors: string[] } {
  const errors: string[] = [];
  const schema = { origins: list(is<string>(isOrigin, 'must be an origin such as https://example.com')) };
  const checked = value === undefined ? {} : fields(schema)(value, 'frames', (path, problem) => void errors.push(`consentgate: ${path} ${problem}`));
  return { origins: errors.length > 0 ? [] : (checked?.origins ?? []), errors };
}
