import Cookies from 'js-cookie';
import type { StorageAdapter } from '../types';

/**
 * The consent record as one first-party cookie: SameSite=Lax always, Secure on https.
 * A write is read back, because browsers with cookies disabled (or a page whose
 * `document.cookie` setter is ignored) fail silently.
 */
export function cookieStorage(secure = globalThis.location?.protocol === 'https:'): StorageAdapter {
  const jar = Cookies.withAttributes({ sameSite: 'Lax', secure });
  return {
    read: (name) => jar.get(name),
    write(name, value, { maxAgeDays, domain, path }) {
      jar.set(name, value, { expires: maxAgeDays, domain, path });
      return jar.get(name) === value;
    },
    remove(name, { domain, path }) {
      jar.remove(name, { domain, path });
    },
  };
}
