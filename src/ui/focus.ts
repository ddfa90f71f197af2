/** The focused element, looking inside open shadow roots. */
export function deepActive(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/** Opens a <dialog> as a modal (inert page, top layer); older browsers just get `open`. */
function showModal(dialog: HTMLDialogElement | null): void {
  if (!dialog || dialog.open) return;
  if (dialog.showModal) dialog.showModal();
  else dialog.setAttribute('open', '');
}

/**
 * The props that make a <dialog> modal: shown with showModal, Tab and Shift+Tab kept inside
 * (from the last control to the first and back), Escape handled here. `close` is what Escape
 * does; without it Escape does nothing (the blocking banner: only its buttons decide).
 * `root` holds the controls when they are not inside the dialog itself (slotted content).
 */
export function modal(close?: () => void, root?: HTMLElement) {
  const cancel = (event: Event) => {
    event.preventDefault();
    close?.();
  };
  return {
    'aria-modal': 'true' as const,
    ref: showModal,
    onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') return cancel(event);
      const list = [...(root ?? (event.currentTarget as HTMLElement)).querySelectorAll<HTMLElement>('a,button,summary')].filter(
        (el) => el.getClientRects().length > 0,
      );
      const first = list[0];
      const last = list[list.length - 1];
      if (event.key === 'Tab' && first && last && deepActive() === (event.shiftKey ? first : last)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      }
    },
    onCancel: cancel,
  };
}
