import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';

describe('scan options', () => {
  it('has the documented defaults', () => {
    expect(parseOptions(['https://example.com'])).toEqual({
      url: 'https://example.com/', pages: 20, out: './consentgate-scan', concurrency: 2, timeout: 30, settle: 2000, browserArgs: [],
    });
  });

  it('reads every option, both spellings, and repeats --browser-arg', () => {
    expect(
      parseOptions(['--pages', '5', '--out=o', 'http://127.0.0.1:8080/', '--config', 'c.json', '--fail-on', 'leaks', '--browser-arg', '--proxy-server=p:1', '--browser-arg=--host-resolver-rules=MAP * 127.0.0.1', '--concurrency', '3', '--timeout', '12.5', '--settle', '0']),
    ).toEqual({
      url: 'http://127.0.0.1:8080/', pages: 5, out: 'o', config: 'c.json', failOn: 'leaks', concurrency: 3, timeout: 12.5, settle: 0,
      browserArgs: ['--proxy-server=p:1', '--host-resolver-rules=MAP * 127.0.0.1'],
    });
  });

  it.each([
    [[], 'the URL to scan is missing'],
    [['example.com'], '"example.com" is not a URL'],
    [['ftp://example.com'], 'must be http or https'],
    [['https://a.example', 'https://b.example'], 'one URL only'],
    [['https://a.example', '--pages', '0'], '--pages must be a number from 1 to 10000, got "0"'],
    [['https://a.example', '--pages'], '--pages must be a number from 1 to 10000, got nothing'],
    [['https://a.example', '--concurrency', 'two'], '--concurrency must be a number'],
    [['https://a.example', '--fail-on', 'unknowns'], '--fail-on takes "leaks", got "unknowns"'],
    [['https://a.example', '--out'], '--out needs a value'],
    [['https://a.example', '--frobnicate'], 'unknown option "--frobnicate"'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(message);
  });
});
