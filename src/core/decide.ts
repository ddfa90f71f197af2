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
  _remember: 'gpc' | 'dnt' | null;
}

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
export function decide({ config, regime, signals, record, locked }: DecideInput): Decision {
  const honorDnt = config.dnt === 'honor';
  const live = signals.gpc ? 'gpc' : signals.dnt && honorDnt ? 'dnt' : null;
  // A remembered DNT opt-out lapses once the site stops honouring DNT; a GPC one never does.
  const remembered = record?.optOut === 'dnt' && !honorDnt ? null : record?.optOut;
  const choices = record?.categories ?? {};
  const serviceChoices = record?.services ?? {};
  let applied = false;
  let decided = record !== null;

  const withSignals = (base: Grant, flagged: boolean): Grant => {
    if (flagged && live) {
      if (base.reason === 'choice' && (!base.granted || record?.signals[live])) return base;
      applied = true;
      return { granted: false, reason: live };
    }
    return flagged && remembered && base.granted ? { granted: false, reason: remembered } : base;
  };

  const categories: Record<string, Grant> = {};
  const services: Record<string, ServiceState> = {};
  for (const category of config.categories) {
    const { id, required } = category;
    const choice = choices[id];
    const chosen = typeof choice === 'boolean';
    decided &&= required || chosen;
    const base: Grant = required
      ? { granted: true, reason: 'necessary' }
      : locked || (!chosen && regime === 'opt-in')
        ? { granted: false, reason: 'default' }
        : chosen
          ? { granted: choice, reason: 'choice' }
          : { granted: category.default, reason: 'default' };
    categories[id] = withSignals(base, !required && (category.sale || category.share));

    for (const service of category.services) {
      const own = serviceChoices[service.id];
      // A service choice can narrow its granted category, never widen a refused one.
      const grant =
        base.granted && !required && typeof own === 'boolean' ? { granted: own, reason: 'choice' as const } : base;
      services[service.id] = { ...withSignals(grant, !required && (service.sale || service.share)), category: id };
    }
  }

  return {
    categories,
    services,
    needsDecision: !locked && regime !== 'opt-out' && !decided,
    _remember: applied && live && record?.optOut !== live ? live : null,
  };
}
