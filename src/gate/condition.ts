import type { ConsentState } from '../types';

/** What a `data-consent` value asks for: every `_all` category granted, every `_none` refused. */
export interface Condition {
  _all: string[];
  _none: string[];
  _service?: string | null;
}

/** An own key: a category named "toString" is not a category. */
export const has = (map: object, id: unknown): id is string =>
  typeof id === 'string' && Object.prototype.hasOwnProperty.call(map, id);

/** Parses `"analytics advertising"`, `"!analytics"`, `"analytics, !social"`. */
export function parseCondition(value: string | null, service?: string | null): Condition {
  const condition: Condition = { _all: [], _none: [], _service: service };
  for (const token of (value ?? '').split(/[\s,]+/)) {
    if (token[0] === '!') condition._none.push(token.slice(1));
    else if (token) condition._all.push(token);
  }
  return condition;
}

/** Why a condition can never be met, or '' when it can. */
export function conditionProblem(condition: Condition, state: ConsentState): string {
  const ids = [...condition._all, ...condition._none];
  const unknown = ids.filter((id) => !has(state.categories, id));
  const service = condition._service;
  return !ids.length
    ? 'names no category'
    : unknown.length
      ? `names unknown category "${unknown}" (known: ${Object.keys(state.categories)})`
      : service && !has(state.services, service)
        ? `names unknown service "${service}"`
        : '';
}

/**
 * A refusal is a denial the visitor or a signal caused. An opt-in page still waiting for a
 * decision has refused nothing yet, so `!analytics` fallbacks wait for the answer.
 */
export function refused(state: ConsentState, id: string): boolean {
  const grant = state.categories[id]!;
  return !grant.granted && (grant.reason !== 'default' || !state.needsDecision);
}

/** True when the element may be live now. Unknown ids never hold (fail closed). */
export const holds = (condition: Condition, state: ConsentState): boolean =>
  !conditionProblem(condition, state) &&
  condition._all.every((id) => state.categories[id]!.granted) &&
  condition._none.every((id) => refused(state, id)) &&
  (!condition._service || state.services[condition._service]!.granted);

/**
 * The condition an element declares. A bare `data-consent` takes its category from
 * `data-service`, else from the rule list by the URL it would load.
 */
export function conditionOf(el: Element, state: ConsentState, categoryOf: (url: string) => string | undefined): Condition {
  const condition = parseCondition(el.getAttribute('data-consent'), el.getAttribute('data-service'));
  if (!condition._all.length && !condition._none.length) {
    const service = condition._service;
    const category = has(state.services, service) ? state.services[service]!.category : categoryOf(el.getAttribute('data-src') ?? '');
    if (category) condition._all.push(category);
  }
  return condition;
}
