// Functions that run inside the scanned page (serialised by Playwright: each stands alone).

/**
 * Installed before any page script: notes which script last wrote each cookie (document.cookie)
 * and storage key (setItem), from the call stack's first http(s) frame. The notes sit on a
 * non-enumerable property; the page still gets every write through unchanged.
 */
export function trackSetters(): void {
  const notes: { cookies: Record<string, string>; storage: Record<string, string> } = { cookies: {}, storage: {} };
  Object.defineProperty(window, '__consentgateScan', { value: notes, enumerable: false });
  const caller = (): string | undefined => {
    const stack = new Error().stack ?? '';
    const urls = stack.match(/https?:\/\/[^\s)]+?(?=:\d+:\d+)/g) ?? [];
    return urls[0];
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.set && cookie.get) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get: cookie.get,
      set(value: string) {
        try {
          const name = String(value).split(';')[0]!.split('=')[0]!.trim();
          const by = caller();
          if (name && by) notes.cookies[name] = by;
        } catch {
          // Noting is best effort; the write itself must go through.
        }
        cookie.set!.call(this, value);
      },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    try {
      const by = caller();
      if (by) notes.storage[String(key)] = by;
    } catch {
      // As above.
    }
    return setItem.call(this, key, value);
  };
}

export interface FrameStorage {
  origin: string;
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
  setters: Record<string, string>;
  cookieSetters: Record<string, string>;
}

/** The storage keys, IndexedDB names and noted setters of one frame. */
export async function readStorage(): Promise<FrameStorage> {
  const keys = (s: () => Storage): string[] => {
    try {
      const store = s();
      return Array.from({ length: store.length }, (_, i) => store.key(i)!).filter((k) => k !== null);
    } catch {
      return [];
    }
  };
  let indexed: string[] = [];
  try {
    indexed = ((await indexedDB.databases()) ?? []).map((d) => d.name ?? '').filter(Boolean);
  } catch {
    // Storage refused in this frame.
  }
  const notes = (window as unknown as { __consentgateScan?: { cookies: Record<string, string>; storage: Record<string, string> } }).__consentgateScan;
  return {
    origin: location.origin,
    localStorage: keys(() => localStorage),
    sessionStorage: keys(() => sessionStorage),
    indexedDB: indexed,
    setters: notes?.storage ?? {},
    cookieSetters: notes?.cookies ?? {},
  };
}

/**
 * Finds the banner's Accept all or Reject all button the way visitors' tools do: a visible
 * button (or link, or role=button) whose whole text says so, in the document and its open
 * shadow roots. Marks it with a data attribute for the click and returns its label.
 */
export function findChoiceButton(kind: 'accept' | 'reject'): string | null {
  const words =
    kind === 'accept'
      ? /^(accept|allow|agree to|i agree|agree|ok,? accept)( all| all cookies| cookies| and close)?!?$/i
      : /^(reject|decline|deny|refuse)( all| all cookies| cookies| optional cookies| non-essential cookies)?$|^(only necessary|necessary only|essential only|only essential)( cookies)?$/i;
  const selector = 'button, [role="button"], a, input[type="button"], input[type="submit"]';
  const visible = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of Array.from(roots[i]!.querySelectorAll('*'))) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
  }
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      const text = ((el as HTMLInputElement).value || (el as HTMLElement).innerText || el.textContent || el.getAttribute('aria-label') || '')
        .replace(/\s+/g, ' ')
        .trim();
      if (text && text.length < 40 && words.test(text) && visible(el)) {
        el.setAttribute('data-consentgate-scan', kind);
        return text;
      }
    }
  }
  return null;
}

/** Whether the page runs consentgate, and asks it to accept or reject all if told to. */
export function consentgateApi(action: 'probe' | 'accept' | 'reject'): boolean {
  const cg = (window as unknown as { consentgate?: { acceptAll?: () => void; rejectAll?: () => void } }).consentgate;
  const usable = typeof cg?.acceptAll === 'function' && typeof cg.rejectAll === 'function';
  if (usable && action === 'accept') cg!.acceptAll!();
  if (usable && action === 'reject') cg!.rejectAll!();
  return usable;
}

/** Scrolls to the bottom in steps (lazy content), then back to the top. */
export async function scrollThrough(): Promise<void> {
  const step = Math.max(200, innerHeight * 0.8);
  for (let y = 0, n = 0; y < document.documentElement.scrollHeight && n < 20; y += step, n++) {
    scrollTo(0, y);
    await new Promise((r) => setTimeout(r, 50));
  }
  scrollTo(0, 0);
}

/** Same-site links on the page, without fragments, in document order. */
export function readLinks(): string[] {
  return Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href);
}
