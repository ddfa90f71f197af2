import type {
  ConsentEvents,
  ConsentManager,
  ConsentRecord,
  ConsentState,
  Env,
  Grant,
  Method,
  ResolvedConfig,
  Signals,
} from '../types';
import { randomId } from '../utils/random-id';
import { VERSION } from '../utils/version';
import { decide } from './decide';
import { createEmitter } from './emitter';
import { decodeRecord, encodeRecord } from './record';
import { regimeFor, regionFromTimeZone } from './regime';
import { readSignals } from './signals';
import { validateConfig } from './validate';

const DAY_MS = 86_400_000;

/**
 * Creates a consent manager. Everything lives on the returned instance: two managers on
 * one page share nothing but the storage they are given.
 */
export function createManager(input: unknown, env: Env): ConsentManager {
  const { config, errors } = validateConfig(input);
  const locked = errors.length > 0;
  for (const error of errors) console.error(error);

  const events = createEmitter<ConsentEvents>((cause) =>
    report('consentgate: an event listener threw; the others still ran', cause),
  );
  const report = (message: string, cause?: unknown): void => {
    events.emit('error', { message, cause });
  };

  let signals: Signals = Object.freeze(readSignals(env.signals));
  const region = config.region ?? regionFromTimeZone(safely(env.timeZone, undefined));
  const regime = config.regime === 'auto' ? regimeFor(region, config.regimes) : config.regime;
  const cookieOptions = { maxAgeDays: config.lifetimeDays, domain: config.cookie.domain, path: config.cookie.path };

  let persisted = true;
  let record = load();
  rememberSignalOptOut();
  let current = snapshot();

  function load(): ConsentRecord | null {
    return usableRecord(decodeRecord(safely(() => env.storage.read(config.cookie.name), undefined)));
  }

  /** A signal opt-out is remembered so that a later visit without the signal keeps it. */
  function rememberSignalOptOut(): void {
    const { optOutToRemember } = decide({ config, regime, signals, record, locked });
    if (optOutToRemember) {
      save({ ...(record ?? blankRecord(env.clock(), optOutToRemember)), optOut: optOutToRemember });
    }
  }

  function usableRecord(stored: ConsentRecord | null): ConsentRecord | null {
    if (!stored) return null;
    const now = safely(env.clock, 0);
    if (stored.updated + config.lifetimeDays * DAY_MS < now || stored.updated > now + DAY_MS) return null;
    const stale =
      stored.revision !== config.revision ||
      (Object.keys(stored.categories).length > 0 &&
        config.categories.some((c) => !c.required && typeof stored.categories[c.id] !== 'boolean'));
    if (!stale) return stored;
    // A new revision re-asks, but never forgets a signal opt-out (CCPA §7025(c)(5)).
    return stored.optOut ? signalOnly(stored) : null;
  }

  function signalOnly(from: ConsentRecord): ConsentRecord {
    return { ...from, revision: config.revision, method: from.optOut ?? 'gpc', categories: {}, services: {} };
  }

  function blankRecord(now: number, method: Method): ConsentRecord {
    return {
      id: newId(),
      revision: config.revision,
      regime,
      created: now,
      updated: now,
      method,
      categories: {},
      services: {},
      signals,
      optOut: null,
      uiVersion: VERSION,
    };
  }

  function newId(): string {
    try {
      return randomId(env.random);
    } catch (cause) {
      report('consentgate: no secure random source; the record id is not random', cause);
      return `x${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
    }
  }

  function save(next: ConsentRecord | null): void {
    record = next;
    try {
      if (next) persisted = env.storage.write(config.cookie.name, encodeRecord(next), cookieOptions);
      else env.storage.remove(config.cookie.name, cookieOptions);
    } catch (cause) {
      persisted = false;
      report('consentgate: the decision could not be stored; it holds for this page only', cause);
    }
  }

  function snapshot(): ConsentState {
    const decision = decide({ config, regime, signals, record, locked });
    return deepFreeze({
      regime,
      region,
      signals,
      categories: decision.categories,
      services: decision.services,
      needsDecision: decision.needsDecision,
      record,
      persisted,
      configErrors: errors,
    });
  }

  function update(): void {
    const previous = current;
    current = snapshot();
    const changed = Object.keys(current.categories).filter(
      (id) => current.categories[id]!.granted !== previous.categories[id]!.granted,
    );
    if (
      differs(current.categories, previous.categories) ||
      differs(current.services, previous.services) ||
      current.needsDecision !== previous.needsDecision
    ) {
      events.emit('change', { state: current, previous, changed });
    }
  }

  function decideWith(
    chosen: (id: string) => boolean | undefined,
    serviceChoices: Record<string, boolean>,
    method: Method,
  ): void {
    if (locked) {
      report('consentgate: the configuration is invalid, so nothing but necessary can be granted');
      return;
    }
    const now = env.clock();
    const categories: Record<string, boolean> = {};
    for (const category of config.categories) {
      if (!category.required) categories[category.id] = chosen(category.id) ?? current.categories[category.id]!.granted;
    }
    const base = record ?? blankRecord(now, method);
    save({
      ...base,
      revision: config.revision,
      regime,
      updated: now,
      method,
      categories,
      services: serviceChoices,
      signals,
      optOut: null,
      uiVersion: VERSION,
    });
    update();
    events.emit('decision', { state: current, method });
  }

  function checkedChoices(
    values: unknown,
    kind: 'category' | 'service',
    known: (id: string) => boolean,
  ): Record<string, boolean> {
    const result: Record<string, boolean> = {};
    if (values === undefined) return result;
    if (typeof values !== 'object' || values === null) {
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

  const isOptional = (id: string) => config.categories.some((c) => c.id === id && !c.required);
  const isService = (id: string) => Object.prototype.hasOwnProperty.call(current.services, id);

  return {
    get: (category) => current.categories[category]?.granted === true,
    getService: (id) => current.services[id]?.granted === true,
    state: () => current,
    acceptAll: () => decideWith(() => true, {}, 'accept-all'),
    rejectAll: () => decideWith(() => false, {}, 'reject-all'),
    set(categories, services, method = 'api') {
      const chosen = checkedChoices(categories, 'category', isOptional);
      const serviceChoices = { ...record?.services, ...checkedChoices(services, 'service', isService) };
      decideWith((id) => chosen[id], serviceChoices, method);
    },
    reset() {
      save(record?.optOut ? signalOnly(record) : null);
      update();
    },
    refresh() {
      signals = Object.freeze(readSignals(env.signals));
      record = load();
      rememberSignalOptOut();
      update();
    },
    on: events.on,
    whenGranted(category) {
      if (!current.categories[category]) {
        const known = config.categories.map((c) => c.id).join(', ');
        return Promise.reject(new Error(`consentgate: unknown category "${category}" (known: ${known})`));
      }
      return new Promise((resolve) => {
        if (current.categories[category]!.granted) return resolve();
        const off = events.on('change', ({ state }) => {
          if (state.categories[category]!.granted) {
            off();
            resolve();
          }
        });
      });
    },
    get signals() {
      return signals;
    },
    get record() {
      return record;
    },
    config: config as ResolvedConfig,
  };
}

function differs(now: Readonly<Record<string, Grant>>, before: Readonly<Record<string, Grant>>): boolean {
  return Object.keys(now).some((id) => now[id]!.granted !== before[id]?.granted || now[id]!.reason !== before[id]?.reason);
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
