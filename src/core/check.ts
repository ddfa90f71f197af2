// One small vocabulary for checking options, shared by every validator: a check takes a value
// and its field path, and returns the value (resolved) or reports what is wrong and returns
// undefined. Messages read "consentgate: <path> <problem>" once the caller's `fail` adds the prefix.

export type Fail = (path: string, problem: string) => undefined;
export type Check<T = unknown> = (value: unknown, path: string, fail: Fail) => T | undefined;
/** A field's check, or the `typeof` its value must have (the common case, checked inline). */
export type Spec = Check | 'string' | 'boolean';
export type Schema = Record<string, Spec>;
/** What `checkFields` returns for a schema: each key's checked type, present only when valid. */
export type Checked<S extends Schema> = {
  [K in keyof S]?: S[K] extends Check<infer T> ? T : S[K] extends 'string' ? string : boolean;
};

export const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

// By tag, not instanceof: a config built in another frame has another realm's RegExp.
export const isRegExp = (value: unknown): value is RegExp => Object.prototype.toString.call(value) === '[object RegExp]';
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isRegExp(value);

export const is =
  <T>(test: (value: unknown) => boolean, problem: string): Check<T> =>
  (value, path, fail) =>
    test(value) ? (value as T) : fail(path, problem);

export const nameOrPattern = is<string | RegExp>((v) => typeof v === 'string' || isRegExp(v), 'must be a string or RegExp');
export const matching = (pattern: RegExp, expected: string): Check<string> =>
  is((v) => typeof v === 'string' && pattern.test(v), `must be ${expected}`);
/** The message lists the values: `must be 'bar', 'box' or 'modal'`. */
export const oneOf = <T>(values: readonly T[]): Check<T> =>
  is(
    (v) => values.includes(v as T),
    `must be ${values.map((v) => (typeof v === 'string' ? `'${v}'` : v)).join(', ').replace(/, ([^,]*)$/, ' or $1')}`,
  );

/** Only web links and site-relative paths: a `javascript:` or `data:` URL must never become a link. */
export const url: Check<string> = (value, path, fail) =>
  typeof value === 'string' &&
  // Browsers drop control characters and spaces inside a scheme ("java\nscript:"), so test without
  // them, unless the value plainly starts with a web scheme (the common case, kept cheap).
  (/^https?:/i.test(value) || /^(https?:|(?![a-z][a-z\d+.-]*:))/i.test(value.replace(/[\0- \x7f]/g, '')))
    ? value.trim()
    : fail(path, 'must be an http(s) URL or a path on this site');

/** An array whose items pass `item`; the invalid ones are reported and left out. */
export const list =
  <T>(item: Check<T>): Check<T[]> =>
  (value, path, fail) => {
    if (!Array.isArray(value)) return fail(path, 'must be an array');
    const checked: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const entry = item(value[i], `${path}[${i}]`, fail);
      if (entry !== undefined) checked.push(entry);
    }
    return checked;
  };

/**
 * A check for an object with these fields: each known key by its spec, unknown keys reported (a
 * typo fails loudly, naming the known ones), `required` keys that are missing reported. Returns
 * the valid values only, so `{ ...defaults, ...checked }` fills in the rest.
 */
export function fields<S extends Schema>(schema: S, required: readonly string[] = []): Check<Checked<S>> {
  // A copy without a prototype: a key such as `toString` is never taken for a field.
  const specs: Partial<Schema> = Object.assign(Object.create(null), schema);
  return (value, path, fail) => {
    if (!isObject(value)) return fail(path, 'must be an object');
    const checked: Record<string, unknown> = {};
    // for-in, not Object.keys: no array per object on large configs. Inherited enumerable keys
    // (a polluted Object.prototype) are then reported too, which only fails closed.
    for (const key in value) {
      const spec = specs[key];
      const entry = value[key];
      if (!spec) {
        // An odd key is quoted, so the message still points at one field: cookie[" "].
        const at = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
        fail(at, `is not a known option (known: ${Object.keys(schema).join(', ')})`);
      } else if (typeof spec === 'string') {
        if (typeof entry === spec) checked[key] = entry;
        else if (entry !== undefined) fail(`${path}.${key}`, `must be a ${spec}`);
      } else if (entry !== undefined) {
        const valid = spec(entry, `${path}.${key}`, fail);
        if (valid !== undefined) checked[key] = valid;
      }
    }
    for (const key of required) if (value[key] === undefined) fail(`${path}.${key}`, 'is required');
    return checked as Checked<S>;
  };
}

/** Checks one object against a schema at once (see `fields`). */
export const checkFields = <S extends Schema>(
  schema: S,
  value: unknown,
  path: string,
  fail: Fail,
  required?: readonly string[],
): Checked<S> | undefined => fields(schema, required)(value, path, fail);
