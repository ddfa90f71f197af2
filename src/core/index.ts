// The engine's one door: other layers import from here only.
export { createManager } from './manager';
export type { Manager } from './manager';
export { ADDON_KEYS, validateConfig } from './validate';
export type { ConfigWarning, ValidationResult } from './validate';
export { at, checkFields, fields, is, isObject, list, matching, oneOf, strings, url, whole } from './check';
export type { Check, Checked, Fail, Schema, Spec } from './check';
export { decide } from './decide';
export type { DecideInput, Decision } from './decide';
export { encodeRecord, decodeRecord } from './record';
export { readSignals } from './signals';
export { regimeFor, regionFromTimeZone } from './regime';
export { BUILTIN_CATEGORIES } from './builtin-categories';
