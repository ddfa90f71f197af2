// The browser library and the records service are separate packages: someone who installs
// consentgate gets the browser library's two dependencies and none of the service's.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const manifest = (path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { dependencies?: Record<string, string>; files?: string[] };

it("keeps the service's dependencies out of the browser library's", () => {
  const root = manifest('../package.json');
  const server = manifest('../server/package.json');
  expect(Object.keys(root.dependencies ?? {})).toEqual(['js-cookie', 'preact']);
  expect(Object.keys(server.dependencies ?? {})).toEqual(expect.arrayContaining(['@electric-sql/pglite', 'pg', 'ajv']));
  // The published library is dist/ alone: no server code rides along.
  expect(root.files).toEqual(['dist']);
});
