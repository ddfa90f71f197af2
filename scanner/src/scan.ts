// A whole scan: crawl, classify, judge, and write scan.json, report.html,
// consentgate.config.json and gating.html into the output folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../../src/core';
import type { Config } from '../../src/types';
import { findings, undeclared, unknowns, violations } from './analyse';
import { browsers } from './browser';
import { createClassifier } from './classify';
import { crawl } from './crawl';
import { siteOf } from './domain';
import { draftConfig } from './draft';
import type { ScanOptions } from './options';
import { UsageError } from './options';
import { progress as makeProgress, type Progress } from './progress';
import { renderReport } from './report';
import type { ScanResult } from './types';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** A config file as JSON; an unreadable one is a usage error naming the file. */
function readConfig(file: string): Config {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Config;
  } catch (error) {
    throw new UsageError(`--config ${file} could not be read as JSON (${(error as Error).message})`);
  }
}

export async function scan(options: ScanOptions, progress: Progress = makeProgress()): Promise<ScanResult> {
  const config = options.config ? readConfig(options.config) : undefined;
  const classifier = createClassifier(config ? { config } : {});
  const startedAt = new Date().toISOString();
  const open = browsers(options.browserArgs);
  let screenshot: Buffer | undefined;
  let pages;
  try {
    pages = await crawl({
      start: options.url,
      pages: options.pages,
      concurrency: options.concurrency,
      timeoutMs: options.timeout * 1000,
      settleMs: options.settle,
      browsers: open,
      classifier,
      progress,
      onBanner: (jpeg) => (screenshot = jpeg),
    });
  } finally {
    await open.close();
    progress.end();
  }
  const all = findings(pages);
  const draft = draftConfig(pages);
  const result: ScanResult = {
    tool: { name: '@consentgate/scanner', version: VERSION },
    startedAt,
    finishedAt: new Date().toISOString(),
    start: options.url,
    site: siteOf(options.url),
    options: {
      pages: options.pages,
      concurrency: options.concurrency,
      timeout: options.timeout,
      settle: options.settle,
      browserArgs: options.browserArgs,
      ...(options.config ? { config: options.config } : {}),
    },
    pages,
    violations: violations(all),
    unknowns: unknowns(all),
    ...(config ? { audit: { configErrors: validateConfig(config).errors, undeclared: undeclared(all, classifier) } } : {}),
    markup: draft.markup,
    ...(screenshot?.length ? { screenshot: 'banner.jpg' } : {}),
  };
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, 'scan.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(options.out, 'consentgate.config.json'), JSON.stringify(draft.config, null, 2) + '\n');
  writeFileSync(join(options.out, 'gating.html'), gatingHtml(draft.markup));
  writeFileSync(join(options.out, 'report.html'), renderReport(result, screenshot));
  if (screenshot?.length) writeFileSync(join(options.out, 'banner.jpg'), screenshot);
  return result;
}

function gatingHtml(lines: readonly string[]): string {
  return `<!-- consentgate scan: each tracker the pages loaded, written inert. Replace the tag that loads it
     with its line below; the gate releases it once its category (and service) is granted. -->
${lines.join('\n')}
`;
}
