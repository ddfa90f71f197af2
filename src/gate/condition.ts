import type { ConsentState } from '../types';

/** What an element asks for: every `_all` category granted, every `_none` refused, its service granted. */
export interface Condition {
  _all: string[];
  _none: string[];
  _service: string | null;
}

/**
 * An own key: a category named "toString" is not a category. Not core's `has`: that one takes a
 * string, and what the gate asks about may be anything (an option) or null (no `data-service`),
 * so each caller would test the type itself, which costs the script tag more bytes than this.
 */
export const has = (map: object, id: unknown): id is string =>
  typeof id === 'string' && Object.prototype.hasOwnProperty.call(map, id);

/**
 * Reads `data-consent` ("analytics advertising", "!analytics", "analytics, !social") and
 * `data-service`. A bare `data-consent` takes its category from the service, else from the
 * rule list by the URL the element would load.
 */
export function conditionOf(el: Element, state: ConsentState, categoryOf: (url: string) => string | undefined): Condition {
  const service = el.getAttribute('data-service');
  const condition: Condition = { _all: [], _none: [], _service: service };
  for (const token of (el.getAttribute('data-consent') ?? '').split(/[\s,]+/)) {
    if (token[0] === '!') condition._none.push(token.slice(1));
    else if (token) condition._all.push(token);
  }
  if (!condition._all.length && !condition._none.length) {
    const category = has(state.services, service) ? state.services[service]!.category : categoryOf(el.getAttribute('data-src') ?? '');
    if (category) condition._all.push(category);
  }
  return condition;
}

/** Why a condition can never be met, or '' when it can. */
export function conditionProblem({ _all, _none, _service: service }: Condition, state: ConsentState): string {
  const ids = [..._all, ..._none];
  const unknown = ids.filter((id) => !has(state.categories, id));
  return !ids.length
    ? 'names no category'
    : unknown.length
      ? `names unknown category "${unknown}" (known: ${Object.keys(state.categories)})`
      : service && !has(state.services, service)
        ? `names unknown service "${service}"`
        : '';
}

/**
 * True when the element may be live now, for a condition without a problem. A named service's
 * state decides for its own category (it already holds the visitor's choice for the category, so
 * a refused category refuses it too): a `sale: false` service runs while GPC denies its
 * category's other services. A refusal is a denial the visitor or a signal caused: an opt-in page
 * still waiting for a decision has refused nothing yet, so `!analytics` fallbacks wait for the answer.
 */
export function holds({ _all, _none, _service }: Condition, state: ConsentState): boolean {
  const grant = (id: string) => state.categories[id]!;
  const service = _service ? state.services[_service] : undefined;
  return (
    (!service || service.granted) &&
    _all.every((id) => grant(id).granted || id === service?.category) &&
    _none.every((id) => !grant(id).granted && (grant(id).reason !== 'default' || !state.needsDecision))
  );
}
