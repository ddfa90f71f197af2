import type { ConsentManager, Unsubscribe } from '../types';

/**
 * Keeps every open tab of the site on the same decision: a choice or withdrawal made in one
 * tab reaches the others through a BroadcastChannel, and the manager re-reads the shared
 * cookie. A page restored from the back/forward cache re-reads signals and the cookie too,
 * since both may have changed while it was frozen.
 */
export function syncAcrossTabs(manager: ConsentManager): Unsubscribe {
  const name = `consentgate:${manager.config.cookie.name}`;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
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
  const onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) refresh();
  };
  if (channel) channel.onmessage = refresh;
  addEventListener('pageshow', onPageShow);
  return () => {
    stopAnnouncing();
    channel?.close();
    removeEventListener('pageshow', onPageShow);
  };
}
