import type { ConsentManager, Unsubscribe } from '../types';

/**
 * Keeps every open tab of the site on the same decision: a choice or withdrawal made in one
 * tab reaches the others through a BroadcastChannel, and the manager re-reads the shared
 * cookie. A page restored from the back/forward cache re-reads signals and the cookie too,
 * since both may have changed while it was frozen.
 */
export function syncAcrossTabs(manager: ConsentManager): Unsubscribe {
  let channel: BroadcastChannel | undefined;
  let refreshing = false;
  const refresh = (): void => {
    refreshing = true;
    try {
      manager.refresh();
    } finally {
      refreshing = false;
    }
  };
  const open = (): void => {
    if (typeof BroadcastChannel !== 'function') return;
    channel = new BroadcastChannel(`consentgate:${manager.config.cookie.name}`);
    channel.onmessage = refresh;
  };
  const close = (): void => {
    channel?.close();
    channel = undefined;
  };
  // Announce only changes made here: a refresh caused by another tab must not echo back.
  const stopAnnouncing = manager.on('change', () => {
    if (!refreshing) channel?.postMessage('change');
  });
  // A message for a page in the back/forward cache evicts it (Chromium: BroadcastChannelOnMessage),
  // so the channel is closed while the page may be cached and opened again when it is shown.
  const onPageTransition = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    if (event.type === 'pagehide') return close();
    if (!channel) open();
    refresh();
  };
  open();
  addEventListener('pagehide', onPageTransition);
  addEventListener('pageshow', onPageTransition);
  return () => {
    stopAnnouncing();
    close();
    removeEventListener('pagehide', onPageTransition);
    removeEventListener('pageshow', onPageTransition);
  };
}
