// One small vocabulary for checking options, shared by every validator: a check takes a value
// and its field path, and returns the value (resolved) or reports what is wrong and returns
// undefined. Messages read "consentgate: <path> <problem>" once the caller's `fail` adds the prefix.

export type Fail = (path: string, problem: string) => undefined;
export type Check<T = unknown> = (value: unknown, path: string, fail: Fail) => T | undefined;
/** A field's or item's check, or the `typeof` its value must have (the common case). */
export type Spec = Check | 'string' | 'boolean' | 'function';
export type Schema = Record<string, Spec>;
/** The type a spec lets through. */
export type SpecType<S> = S extends Check<infer T> ? T : S extends 'string' ? string : S extends 'boolean' ? boolean : (...args: never[]) => unknown;
/** What `checkFields` returns for a schema: each key's checked type, present only when valid. */
export type Checked<S extends Schema> = { [K in keyof S]?: SpecType<S[K]> };

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

/** The path of an object's key; an odd key is quoted, so a message still points at one field: cookie[" "]. */
export const at = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** Checks one value against a spec: a `typeof` name or a check. */
const checkOne = (spec: Spec, value: unknown, path: string, fail: Fail): unknown =>
  typeof spec !== 'string' ? spec(value, path, fail) : typeof value === spec ? value : fail(path, `must be a ${spec}`);

/** An array whose items pass `item`; the invalid ones are reported and left out. */
export const list =
  <S extends Spec>(item: S): Check<SpecType<S>[]> =>
  (value, path, fail) => {
    if (!Array.isArray(value)) return fail(path, 'must be an array');
    const checked: SpecType<S>[] = [];
    for (let i = 0; i < value.length; i++) {
      const entry = checkOne(item, value[i], `${path}[${i}]`, fail);
      if (entry !== undefined) checked.push(entry as SpecType<S>);
    }
    return checked;
  };

/**
 * All or nothing: any problem inside the value (one bad item of a list, one bad field) rejects the
 * whole of it, for options whose partial reading could mean more than the site wrote.
 */
export const whole =
  <T>(check: Check<T>): Check<T> =>
  (value, path, fail) => {
    let sound = true;
    const checked = check(value, path, (at, problem) => {
      sound = false;
      return fail(at, problem);
    });
    return sound ? checked : undefined;
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
        fail(at(path, key), `is not a known option (known: ${Object.keys(schema).join(', ')})`);
      } else if (entry !== undefined) {
        const valid = checkOne(spec, entry, `${path}.${key}`, fail);
        if (valid !== undefined) checked[key] = valid;
      }
    }
    for (const key of required) if (value[key] === undefined) fail(`${path}.${key}`, 'is required');
    return checked as Checked<S>;
  };
}

/** An object of strings keyed like `known` (a table of texts): any other key is reported. */
export const strings = (known: object): Check<Record<string, string>> =>
  fields(Object.fromEntries(Object.keys(known).map((key) => [key, 'string']))) as Check<Record<string, string>>;

/** Checks one object against a schema at once (see `fields`). */
export const checkFields = <S extends Schema>(
  schema: S,
  value: unknown,
  path: string,
  fail: Fail,
  required?: readonly string[],
): Checked<S> | undefined => fields(schema, required)(value, path, fail);
