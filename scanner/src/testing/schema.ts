// The part of JSON Schema 2020-12 that schema/scan.schema.json uses, for the tests: returns the
// problems found, each with its JSON path.
import { readFileSync } from 'node:fs';

export type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  items?: Schema;
  format?: string;
  minimum?: number;
  $defs?: Record<string, Schema>;
};

export const SCAN_SCHEMA = JSON.parse(readFileSync(new URL('../../schema/scan.schema.json', import.meta.url), 'utf8')) as Schema;

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

export function check(value: unknown, schema: Schema = SCAN_SCHEMA, path = '$', root: Schema = schema): string[] {
  if (schema.$ref) return check(value, root.$defs![schema.$ref.replace('#/$defs/', '')]!, path, root);
  const actual = kind(value);
  if (schema.type && schema.type !== actual && !(schema.type === 'number' && actual === 'integer')) return [`${path}: expected ${schema.type}, got ${actual}`];
  const problems: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum) problems.push(`${path}: below ${schema.minimum}`);
  if (schema.format === 'date-time' && Number.isNaN(Date.parse(String(value)))) problems.push(`${path}: not a date-time`);
  if (schema.format === 'uri' && !URL.canParse(String(value))) problems.push(`${path}: not a URI`);
  if (actual === 'array' && schema.items) (value as unknown[]).forEach((v, i) => problems.push(...check(v, schema.items, `${path}[${i}]`, root)));
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) problems.push(`${path}: missing ${key}`);
    for (const [key, v] of Object.entries(object)) {
      const sub = schema.properties?.[key];
      if (sub) problems.push(...check(v, sub, `${path}.${key}`, root));
      else if (schema.additionalProperties === false) problems.push(`${path}: unexpected ${key}`);
    }
  }
  return problems;
}
