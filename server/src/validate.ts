// Receipts are checked against the browser library's own schema/receipt.schema.json: the one
// definition of the format. Each problem is named by its field.
import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

// CommonJS default exports, seen from ESM.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

export interface Receipt {
  v: 1;
  id: string;
  time: string;
  revision: string;
  regime: 'opt-in' | 'opt-out' | 'notice';
  region: string | null;
  method: 'accept-all' | 'reject-all' | 'custom' | 'api' | 'gpc' | 'dnt';
  choices: { categories: Record<string, boolean>; services: Record<string, boolean> };
  granted: Record<string, boolean>;
  signals: { gpc: boolean; dnt: boolean };
  language: string | null;
  uiVersion: string;
  url: string;
}

/** The browser library's schema, at the repository root beside this package. */
function loadSchema(): object {
  return JSON.parse(readFileSync(new URL('../../schema/receipt.schema.json', import.meta.url), 'utf8')) as object;
}

const ajv = new Ajv2020({ allErrors: false, strict: false });
addFormats(ajv);
const check = ajv.compile<Receipt>(loadSchema());

/** The field an error is about, as `choices.categories.analytics` (`(receipt)` for the whole). */
function field(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as Record<string, string>;
  if (error.keyword === 'required') path.push(params.missingProperty ?? '');
  if (error.keyword === 'additionalProperties') path.push(params.additionalProperty ?? '');
  return path.join('.') || '(receipt)';
}

function reason(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a receipt field';
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return error.message ?? 'is invalid';
  }
}

export type Checked = { ok: true; receipt: Receipt } | { ok: false; field: string; message: string };

/** Validates a parsed body; `{ field, message }` names the first problem. */
export function checkReceipt(value: unknown, now = Date.now(), maxAgeDays = 760): Checked {
  if (!check(value)) {
    const error = check.errors![0]!;
    const name = field(error);
    return { ok: false, field: name, message: `${name} ${reason(error)}` };
  }
  const time = Date.parse(value.time);
  if (time > now + 24 * 3600_000) return { ok: false, field: 'time', message: 'time is more than a day in the future' };
  if (time < now - maxAgeDays * 24 * 3600_000)
    return { ok: false, field: 'time', message: 'time is older than the retention period' };
  return { ok: true, receipt: value };
}
