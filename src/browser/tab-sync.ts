import type { ConsentManager, Unsubscribe } from '../types';

/**
 * Keeps every open tab of the site on the same decision: a choice or withdrawal made in one
 * tab reaches the others through a BroadcastChannel, and the manager re-reads the shared
 * cookie. A page restored from the back/forward cache re-reads signals and the cookie too,
 * since both may have changed while it was frozen.
 *
 * `when` may put off opening the channel (the script tag waits until the page has drawn its
 * first frame): it calls back, once or more, to open it. Nothing is lost in between: a change
 * made here is announced then, and the cookie is re-read for one made in another tab.
 */
export function syncAcrossTabs(manager: ConsentManager, when?: (open: () => void) => void): Unsubscribe {
  let channel: BroadcastChannel | undefined;
  let refreshing = false;
  // Not listening: the page may be in the back/forward cache, or syncing was stopped.
  let away = false;
  // A change made here while the channel was not open yet.
  let unsaid = false;
  const refresh = (): void => {
    refreshing = true;
    try {
      manager.refresh();
    } finally {
      refreshing = false;
    }
  };
  const open = (): void => {
    if (channel || away || typeof BroadcastChannel !== 'function') return;
    channel = new BroadcastChannel(`consentgate:${manager.config.cookie.name}`);
    channel.onmessage = refresh;
  };
  const close = (): void => {
    channel?.close();
    channel = undefined;
  };
  const announce = (): void => channel?.postMessage('change');
  // Announce only changes made here: a refresh caused by another tab must not echo back.
  const stopAnnouncing = manager.on('change', () => {
    if (!refreshing) channel ? announce() : (unsaid = true);
  });
  // A message for a page in the back/forward cache evicts it (Chromium: BroadcastChannelOnMessage),
  // so the channel is closed while the page may be cached and opened again when it is shown.
  const onPageTransition = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    away = event.type === 'pagehide';
    if (away) return close();
    open();
    refresh();
  };
  if (when) {
    when(() => {
      if (channel || away) return;
      open();
      if (unsaid) announce();
      refresh();
    });
  } else open();
  addEventListener('pagehide', onPageTransition);
  addEventListener('pageshow', onPageTransition);
  return () => {
    away = true;
    stopAnnouncing();
    close();
    removeEventListener('pagehide', onPageTransition);
    removeEventListener('pageshow', onPageTransition);
  };
}
