// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (this: any, ...args: any[]) => any;

/**
 * Replaces a browser function, a method or a property's setter, with `make(original)`, and adds
 * the step that puts the original back to `undo`. One the browser lacks is left alone.
 */
export function patch(undo: Array<() => void>, owner: object, name: string, make: (original: Fn) => Fn): void {
  // An inherited method (navigator.sendBeacon) is shadowed by an own property of the object.
  const was: PropertyDescriptor = Object.getOwnPropertyDescriptor(owner, name) ?? {
    value: (owner as Record<string, unknown>)[name],
    configurable: true,
    writable: true,
  };
  const key = was.set ? 'set' : 'value';
  if (typeof was[key] !== 'function') return;
  Object.defineProperty(owner, name, { ...was, [key]: make(was[key]) });
  undo.push(() => Object.defineProperty(owner, name, was));
}
