// `npx consentgate gpc-json`: the GPC support resource (w3c/gpc §4) for /.well-known/gpc.json.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/consentgate.mjs', ...args], { encoding: 'utf8' });

it('prints a valid gpc.json with the given date', () => {
  const { status, stdout } = run('gpc-json', '--date', '2025-04-15');
  expect(status).toBe(0);
  expect(JSON.parse(stdout)).toEqual({ gpc: true, lastUpdate: '2025-04-15' });
});

it("defaults lastUpdate to today's UTC date, and takes --date=", () => {
  const { stdout } = run('gpc-json');
  const json = JSON.parse(stdout) as { gpc: boolean; lastUpdate: string };
  expect(json.gpc).toBe(true);
  expect(json.lastUpdate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Math.abs(Date.parse(json.lastUpdate) - Date.now())).toBeLessThan(2 * 86_400_000);
  expect(JSON.parse(run('gpc-json', '--date=2024-02-29').stdout).lastUpdate).toBe('2024-02-29');
});

it('refuses dates that are not RFC 3339 full-dates, and unknown input, with exit code 2', () => {
  for (const args of [['gpc-json', '--date', '2025-02-30'], ['gpc-json', '--date', '15/04/2025'], ['gpc-json', '--date'], ['gpc-json', '--gpc', 'false'], ['nope']]) {
    const { status, stdout, stderr } = run(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^consentgate: /);
  }
  expect(run('--help').status).toBe(0);
});
