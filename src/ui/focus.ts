/** The focused element, looking inside open shadow roots. */
export function deepActive(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/** Keeps Tab and Shift+Tab inside a modal: from the last control to the first and back. */
export function trapTab(event: KeyboardEvent, controls: Iterable<Element>): void {
  const list = [...controls].filter((el) => el.getClientRects().length > 0) as HTMLElement[];
  const first = list[0];
  const last = list[list.length - 1];
  if (event.key === 'Tab' && first && last && deepActive() === (event.shiftKey ? first : last)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/** Opens a <dialog> as a modal (inert page, top layer); older browsers just get `open`. */
export function showModal(dialog: HTMLDialogElement | null): void {
  if (!dialog || dialog.open) return;
  if (dialog.showModal) dialog.showModal();
  else dialog.setAttribute('open', '');
}
