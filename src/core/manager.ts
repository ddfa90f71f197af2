import type { ConsentEvents, ConsentManager, ConsentRecord, ConsentState, Env, ErrorEvent, Method, Signals } from '../types';
import { randomId } from '../utils/random-id';
import { VERSION } from '../utils/version';
import { has } from './check';
import { decide } from './decide';
import { createEmitter } from './emitter';
import { decodeRecord, encodeRecord } from './record';
import { regimeFor, regionFromTimeZone } from './regime';
import { readSignals } from './signals';
import { validateConfig, type ConfigWarning } from './validate';

const DAY_MS = 86_400_000;

/** Reads from the environment without letting a broken one throw into the page. */
function safely<T>(read: () => T, fallback?: T): T | undefined {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key in value) deepFreeze(value[key]);
  }
  return value;
}

/** The manager, and what only the script tag uses: reporting a config key that turned out to do nothing. */
export type Manager = ConsentManager & { _warn(warning: ConfigWarning): void };

/**
 * Creates a consent manager. Everything lives on the returned instance: two managers on
 * one page share nothing but the storage they are given.
 */
export function createManager(input: unknown, env: Env): Manager {
  const { config, errors, unknown } = validateConfig(input);
  const { categories: all, revision, lifetimeDays, cookie } = config;
  const locked = errors.length > 0;
  errors.forEach((error) => console.error(error));

  const events = createEmitter<ConsentEvents>((cause) =>
    report('consentgate: an event listener threw; the others still ran', cause),
  );
  // What goes wrong while the manager starts is told once the caller could subscribe (a microtask on).
  let starting = true;
  const report = (message: string, cause?: unknown, about?: Partial<ErrorEvent>): void => {
    const emit = () => events._emit('error', { message, cause, ...about });
    if (starting) Promise.resolve().then(emit);
    else emit();
  };
  let warnings: string[] = [];
  /** A config key that does nothing: reported, kept in `state().configWarnings`, and no lock. */
  const warn = ({ key, message }: ConfigWarning): void => {
    warnings = [...warnings, message];
    report(message, undefined, { key });
  };

  // The time zone is read only when something needs the region (an `auto` regime, or a reader of
  // `state.region`): in a fresh page the first Intl call costs 15–30 ms of ICU start-up.
  let zone: string | null | undefined;
  const region = () => config.region ?? (zone !== undefined ? zone : (zone = regionFromTimeZone(safely(env.timeZone))));
  const regime = config.regime === 'auto' ? regimeFor(region(), config.regimes) : config.regime;
  const cookieOptions = { ...cookie, maxAgeDays: lifetimeDays };

  let signals: Signals;
  const unread: string[] = [];
  let record: ConsentRecord | null;
  let persisted = true;
  let current: ConsentState | undefined;
  /** What `change` compares: every grant and reason, and whether a decision is needed. */
  let fingerprint: string;

  /** A new revision re-asks, but never forgets a signal opt-out (CCPA §7025(c)(5)). */
  const signalOnly = (from: ConsentRecord): ConsentRecord | null =>
    from.optOut && { ...from, revision, method: from.optOut, categories: {}, services: {} };

  function newRecord(method: Method, categories: Record<string, boolean>, services: Record<string, boolean>): ConsentRecord {
    const now = env.clock();
    let id = record?.id;
    try {
      id ??= randomId(env.random);
    } catch (cause) {
      report('consentgate: no secure random source; the record id is not random', cause);
      id = `x${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
    }
    return {
      id,
      revision,
      regime,
      created: record?.created ?? now,
      updated: now,
      method,
      categories,
      services,
      signals,
      optOut: null,
      uiVersion: VERSION,
    };
  }

  /** Reads the signals and the stored record (again): a stale or expired record reads as none. */
  function load(): void {
    // Signals are read again on refresh (another tab, bfcache): a broken one is told of once.
    signals = Object.freeze(
      readSignals(env.signals, (signal, cause) => {
        if (!unread.includes(signal)) report(`consentgate: the ${signal.toUpperCase()} signal could not be read; it counts as on (an opt-out)`, cause, { signal });
        unread.push(signal);
      }),
    );
    const stored = decodeRecord(safely(() => env.storage.read(cookie.name)));
    const now = safely(env.clock, 0)!;
    record =
      !stored || stored.updated + lifetimeDays * DAY_MS < now || stored.updated > now + DAY_MS
        ? null
        : stored.revision !== revision ||
            (Object.keys(stored.categories).length > 0 &&
              all.some((c) => !c.required && typeof stored.categories[c.id] !== 'boolean'))
          ? signalOnly(stored)
          : stored;
  }

  function save(next: ConsentRecord | null): void {
    record = next;
    try {
      if (next) persisted = env.storage.write(cookie.name, encodeRecord(next), cookieOptions);
      else env.storage.remove(cookie.name, cookieOptions);
    } catch (cause) {
      persisted = false;
      report('consentgate: the decision could not be stored; it holds for this page only', cause);
    }
  }

  /**
   * Takes a new snapshot and tells listeners when a grant, a reason or the need to ask changed.
   * After a (re)load, a signal opt-out made now is remembered, so that a later visit without
   * the signal keeps it.
   */
  function update(loaded?: boolean): void {
    const decideNow = () => decide({ config, regime, signals, record, locked });
    let decision = decideNow();
    const optOut = loaded && decision._remember;
    if (optOut) {
      save({ ...(record ?? newRecord(optOut, {}, {})), optOut });
      decision = decideNow();
    }
    const { categories, services, needsDecision } = decision;
    const previous = current;
    const state = { regime, signals, categories, services, needsDecision, record, persisted, configErrors: errors, configWarnings: warnings };
    for (const key in state) deepFreeze(state[key as keyof typeof state]);
    current = Object.freeze(Object.defineProperty(state as typeof state & Pick<ConsentState, 'region'>, 'region', { get: region, enumerable: true }));
    const before = fingerprint;
    fingerprint = JSON.stringify([categories, services, needsDecision]);
    if (previous && fingerprint !== before) {
      const changed = Object.keys(categories).filter((id) => categories[id]!.granted !== previous.categories[id]!.granted);
      events._emit('change', { state: current, previous, changed });
    }
  }

  function decideWith(chosen: (id: string) => boolean | undefined, services: Record<string, boolean>, method: Method): void {
    if (locked) return report('consentgate: the configuration is invalid, so nothing but necessary can be granted');
    const categories: Record<string, boolean> = {};
    for (const { id, required } of all) if (!required) categories[id] = chosen(id) ?? current!.categories[id]!.granted;
    save(newRecord(method, categories, services));
    update();
    events._emit('decision', { state: current!, method });
  }

  /** The valid entries of what `set()` was given; the rest are reported. */
  function checked(values: unknown, kind: string, known: (id: string) => boolean): Record<string, boolean> {
    const result: Record<string, boolean> = {};
    if (values === undefined) return result;
    if (typeof values !== 'object' || !values) {
      report(`consentgate: set() expects an object of ${kind} ids to true or false`);
      return result;
    }
    for (const [id, value] of Object.entries(values)) {
      if (!known(id)) report(`consentgate: set() got an unknown or required ${kind} "${id}"`);
      else if (typeof value !== 'boolean') report(`consentgate: set() needs true or false for ${kind} "${id}"`);
      else result[id] = value;
    }
    return result;
  }

  unknown.forEach(warn);
  load();
  update(true);
  starting = false;

  return {
    get: (category) => !!current!.categories[category]?.granted,
    getService: (id) => !!current!.services[id]?.granted,
    state: () => current!,
    acceptAll: () => decideWith(() => true, {}, 'accept-all'),
    rejectAll: () => decideWith(() => false, {}, 'reject-all'),
    set(categories, services, method = 'api') {
      const chosen = checked(categories, 'category', (id) => all.some((c) => c.id === id && !c.required));
      const serviceChoices = { ...record?.services, ...checked(services, 'service', (id) => has(current!.services, id)) };
      decideWith((id) => chosen[id], serviceChoices, method);
    },
    reset() {
      save(record && signalOnly(record));
      update();
    },
    refresh() {
      load();
      update(true);
    },
    on: events.on,
    whenGranted: (category) =>
      current!.categories[category]
        ? new Promise((resolve) => {
            const check = (): void => {
              if (current!.categories[category]!.granted) {
                off();
                resolve();
              }
            };
            const off = events.on('change', check);
            check();
          })
        : Promise.reject(new Error(`consentgate: unknown category "${category}" (known: ${all.map((c) => c.id).join(', ')})`)),
    get signals() {
      return signals;
    },
    get record() {
      return record;
    },
    config,
    _warn(warning) {
      warn(warning);
      update();
    },
  };
}
