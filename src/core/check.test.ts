import { describe, expect, it } from 'vitest';
import { checkFields, fields, list, oneOf, url, type Fail } from './check';

function run<T>(check: (fail: Fail) => T): { result: T; errors: string[] } {
  const errors: string[] = [];
  const result = check((path, problem) => {
    errors.push(`${path} ${problem}`);
  });
  return { result, errors };
}

describe('the shared option checker', () => {
  const schema = { layout: oneOf(['bar', 'box']), block: 'boolean', language: 'string' } as const;

  it('returns only the valid fields, so defaults can fill in the rest', () => {
    const { result, errors } = run((fail) => checkFields(schema, { layout: 'box', block: 'yes', language: 'de' }, 'ui', fail));
    expect(result).toEqual({ layout: 'box', language: 'de' });
    expect(errors).toEqual(['ui.block must be a boolean']);
  });

  it('names unknown keys with the known ones, quoting odd keys', () => {
    const { errors } = run((fail) => checkFields(schema, { colour: 1, 'a b': 2 }, 'ui', fail));
    expect(errors).toEqual([
      'ui.colour is not a known option (known: layout, block, language)',
      'ui["a b"] is not a known option (known: layout, block, language)',
    ]);
  });

  it('never takes inherited names such as toString for fields', () => {
    const { result, errors } = run((fail) => checkFields(schema, { toString: 'x', constructor: 1 }, 'ui', fail));
    expect(result).toEqual({});
    expect(errors).toHaveLength(2);
  });

  it('reports missing required fields and non-objects', () => {
    expect(run((fail) => checkFields(schema, {}, 'x', fail, ['layout'])).errors).toEqual(['x.layout is required']);
    for (const value of [null, [], 'a', /re/]) {
      expect(run((fail) => checkFields(schema, value, 'x', fail)).errors).toEqual(['x must be an object']);
    }
  });

  it('checks lists item by item with the real index, and nests', () => {
    const rows = list(fields({ id: 'string' }, ['id']));
    const { result, errors } = run((fail) => rows([{ id: 'a' }, 3, { id: 4 }, { id: 'b' }], 'rows', fail));
    expect(result).toEqual([{ id: 'a' }, {}, { id: 'b' }]);
    expect(errors).toEqual(['rows[1] must be an object', 'rows[2].id must be a string']);
    expect(run((fail) => rows('a', 'rows', fail)).errors).toEqual(['rows must be an array']);
  });

  it('lists the values a oneOf accepts', () => {
    expect(run((fail) => oneOf(['auto', false, 'top'])('x', 'p', fail)).errors).toEqual(["p must be 'auto', false or 'top'"]);
  });

  it('accepts web and site-relative URLs only, also when a scheme is disguised', () => {
    for (const ok of ['https://a.example/p', 'HTTP://a', '/privacy', 'privacy.html', '#top', ' https:x']) {
      expect(run((fail) => url(ok, 'u', fail)).errors).toEqual([]);
    }
    for (const bad of ['javascript:x', ' data:text/html,x', 'java\tscript:x', 'vbscript:x', 42]) {
      expect(run((fail) => url(bad, 'u', fail)).errors).toEqual(['u must be an http(s) URL or a path on this site']);
    }
  });
});
