// @vitest-environment node
// Size budgets (size-budgets.json) against the built outputs, and the README's size table kept
// in step with them: a budget exceeded, or a README quoting other numbers, fails the tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM build script, no type declarations
import { measureBudgets, sizeTable, withSizeTable } from '../../scripts/budgets.mjs';

type Row = { name: string; what: string; gzip: number; budget: number };
const rows: Row[] = await measureBudgets();

describe('size budgets (gzip -9 bytes)', () => {
  it.each(rows.map((r) => [r.what, r] as const))('%s stays within its budget', (_, row) => {
    expect(row.gzip, `${row.what}: ${row.gzip} bytes against a budget of ${row.budget}`).toBeLessThanOrEqual(row.budget);
  });

  it('the README quotes the measured sizes (regenerate with `node scripts/budgets.mjs --readme`)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toBe(withSizeTable(readme, sizeTable(rows)));
  });
});
