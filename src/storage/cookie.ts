import Cookies from 'js-cookie';
import type { StorageAdapter } from '../types';

/**
 * The consent record as one first-party cookie: SameSite=Lax always, Secure on https.
 * A write is read back, because browsers with cookies disabled (or a page whose
 * `document.cookie` setter is ignored) fail silently. Reading a cookie just written waits for
 * the browser's cookie store (milliseconds, more with many cookies), so the read is not done in
 * the visitor's click: it runs when someone first asks (`state().persisted`) or in the next task.
 */
export function cookieStorage(secure = globalThis.location?.protocol === 'https:'): StorageAdapter {
  const jar = Cookies.withAttributes({ sameSite: 'Lax', secure });
  return {
    read: (name) => jar.get(name),
    write(name, value, { maxAgeDays, domain, path }) {
      jar.set(name, value, { expires: maxAgeDays, domain, path });
      let stuck: boolean | undefined;
      const check = (): boolean => {
        try {
          stuck ??= jar.get(name) === value;
        } catch {
          stuck = false;
        }
        return stuck;
      };
      setTimeout(check);
      return check;
    },
    remove(name, { domain, path }) {
      jar.remove(name, { domain, path });
    },
  };
}
