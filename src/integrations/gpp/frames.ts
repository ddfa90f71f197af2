type Reply = (returnValue: unknown, success: boolean) => void;

/**
 * Lets framed ad code reach an API from another origin (CMP API spec, "Using postmessage"): a
 * hidden child frame named `<api>Locator` marks this window, and `{<api>Call: {command,
 * parameter, version, callId}}` messages are answered with `{<api>Return: {returnValue,
 * success, callId}}`, as a string when the call came as one.
 */
export function serveFrames(api: '__gpp' | '__uspapi', invoke: (call: Record<string, unknown>, reply: Reply) => void): void {
  const name = `${api}Locator`;
  const addLocator = (): void => {
    if ((window as unknown as Record<string, unknown>)[name]) return;
    const frame = document.createElement('iframe');
    frame.name = name;
    // The hidden attribute, not a style: no style attribute ever appears in the page (strict CSP).
    frame.hidden = true;
    document.body.appendChild(frame);
  };
  // In <head> there is no body yet.
  if (document.body) addLocator();
  else document.addEventListener('DOMContentLoaded', addLocator);

  addEventListener('message', (event: MessageEvent) => {
    const text = typeof event.data === 'string';
    let message: unknown = event.data;
    try {
      if (text) message = JSON.parse(message as string);
    } catch {
      return;
    }
    const call = (message as Record<string, unknown> | null)?.[`${api}Call`] as Record<string, unknown> | undefined;
    const source = event.source as Window | null;
    if (!call || typeof call !== 'object' || !source) return;
    invoke(call, (returnValue, success) => {
      const reply = { [`${api}Return`]: { returnValue, success, callId: call.callId } };
      try {
        source.postMessage(text ? JSON.stringify(reply) : reply, '*');
      } catch {
        // The frame went away.
      }
    });
  });
}
