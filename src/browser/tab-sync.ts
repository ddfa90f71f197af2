import type { ConsentManager, Unsubscribe } from '../types';

/**
 * Keeps every open tab of the site on the same decision: a choice or withdrawal made in one
 * tab reaches the others through a BroadcastChannel, and the manager re-reads the shared
 * cookie. A page restored from the back/forward cache re-reads signals and the cookie too,
 * since both may have changed while it was frozen.
 */
export function syncAcrossTabs(manager: ConsentManager): Unsubscribe {
  const name = `consentgate:${manager.config.cookie.name}`;
  const open = (): BroadcastChannel | null => {
    if (typeof BroadcastChannel !== 'function') return null;
    const opened = new BroadcastChannel(name);
    opened.onmessage = refresh;
    return opened;
  };
  let channel: BroadcastChannel | null = null;
  let refreshing = false;
  const refresh = (): void => {
    refreshing = true;
    try {
      manager.refresh();
    } finally {
      refreshing = false;
    }
  };
  // Announce only changes made here: a refresh caused by another tab must not echo back.
  const stopAnnouncing = manager.on('change', () => {
    if (!refreshing) channel?.postMessage('change');
  });
  // A message for a page in the back/forward cache evicts it (Chromium: BroadcastChannelOnMessage),
  // so the channel is closed while the page may be cached and opened again when it is shown.
  const onPageHide = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    channel?.close();
    channel = null;
  };
  const onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    channel ??= open();
    refresh();
  };
  channel = open();
  addEventListener('pagehide', onPageHide);
  addEventListener('pageshow', onPageShow);
  return () => {
    stopAnnouncing();
    channel?.close();
    channel = null;
    removeEventListener('pagehide', onPageHide);
    removeEventListener('pageshow', onPageShow);
  };
}
