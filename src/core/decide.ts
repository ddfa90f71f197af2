import type { ConsentRecord, Grant, Regime, ResolvedConfig, ServiceState, Signals } from '../types';

export interface DecideInput {
  config: ResolvedConfig;
  regime: Regime;
  signals: Signals;
  /** A usable record for the current revision, or null. */
  record: ConsentRecord | null;
  /** True when the config failed validation: nothing but necessary may be granted. */
  locked: boolean;
}

export interface Decision {
  categories: Record<string, Grant>;
  services: Record<string, ServiceState>;
  needsDecision: boolean;
  /** A signal opt-out that happened now and is not yet remembered in the record. */
  optOutToRemember: 'gpc' | 'dnt' | null;
}

type SignalName = 'gpc' | 'dnt';

const DENIED_BY_DEFAULT: Grant = { granted: false, reason: 'default' };

/**
 * The pure decision: for each category and service, granted or not, and why.
 *
 * Order of precedence for anything flagged `sale` or `share`:
 * 1. a live signal (GPC, or DNT when honoured) denies it, unless the visitor opted in
 *    explicitly while that same signal was present (CCPA §7025(c)(3): a consent given
 *    through the site's own choice procedure may override the signal);
 * 2. with no live signal, a remembered signal opt-out still denies it (§7025(c)(5));
 * 3. otherwise the visitor's choice, else the regime's default.
 */
export function decide(input: DecideInput): Decision {
  const { config, regime, signals, record, locked } = input;
  const live: SignalName | null = signals.gpc ? 'gpc' : signals.dnt && config.dnt === 'honor' ? 'dnt' : null;
  const choices = record?.categories ?? {};
  const serviceChoices = record?.services ?? {};
  let optOutApplied = false;

  const applySignals = (base: Grant, flagged: boolean): Grant => {
    if (!flagged) return base;
    const chosen = base.reason === 'choice';
    if (live) {
      if (chosen && (!base.granted || record?.signals[live])) return base;
      optOutApplied = true;
      return { granted: false, reason: live };
    }
    // A remembered DNT opt-out lapses once the site stops honouring DNT; a GPC one never does.
    const remembered = record?.optOut === 'dnt' && config.dnt !== 'honor' ? null : record?.optOut;
    if (remembered && base.granted) return { granted: false, reason: remembered };
    return base;
  };

  const categories: Record<string, Grant> = {};
  const services: Record<string, ServiceState> = {};
  for (const category of config.categories) {
    let base: Grant;
    if (category.required) base = { granted: true, reason: 'necessary' };
    else if (locked) base = DENIED_BY_DEFAULT;
    else if (typeof choices[category.id] === 'boolean') base = { granted: choices[category.id]!, reason: 'choice' };
    else if (regime === 'opt-in') base = DENIED_BY_DEFAULT;
    else base = { granted: category.default, reason: 'default' };

    categories[category.id] = category.required ? base : applySignals(base, category.sale || category.share);

    for (const service of category.services) {
      const own = serviceChoices[service.id];
      const serviceBase: Grant =
        base.granted && !category.required && typeof own === 'boolean' ? { granted: own, reason: 'choice' } : base;
      const grant = category.required ? serviceBase : applySignals(serviceBase, service.sale || service.share);
      services[service.id] = { ...grant, category: category.id };
    }
  }

  const decided =
    record !== null &&
    config.categories.every((category) => category.required || typeof choices[category.id] === 'boolean');

  return {
    categories,
    services,
    needsDecision: !locked && regime !== 'opt-out' && !decided,
    optOutToRemember: optOutApplied && live && record?.optOut !== live ? live : null,
  };
}
