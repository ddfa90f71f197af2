import { describe, expect, it } from 'vitest';
import { checkFields, fields, list, oneOf, strings, url, whole, type Fail } from './check';

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

  it('checks list items and fields by typeof name, functions included', () => {
    const { result, errors } = run((fail) => list('string')(['a', 1, undefined, 'b'], 'hosts', fail));
    expect(result).toEqual(['a', 'b']);
    expect(errors).toEqual(['hosts[1] must be a string', 'hosts[2] must be a string']);
    const hook = () => {};
    expect(run((fail) => checkFields({ on: 'function' } as const, { on: hook }, 'x', fail)).result).toEqual({ on: hook });
    expect(run((fail) => checkFields({ on: 'function' } as const, { on: 'alert(1)' }, 'x', fail)).errors).toEqual(['x.on must be a function']);
  });

  it('rejects the whole value when anything inside it is wrong, reporting each problem', () => {
    const codes = whole(list('string'));
    expect(run((fail) => codes(['US', 'DE'], 'advanced', fail)).result).toEqual(['US', 'DE']);
    const { result, errors } = run((fail) => codes(['US', 7], 'advanced', fail));
    expect(result).toBeUndefined();
    expect(errors).toEqual(['advanced[1] must be a string']);
  });

  it('checks a table of texts against the known keys', () => {
    const { result, errors } = run((fail) => strings({ allow: 'Allow', from: 'from' })({ allow: 'OK', from: 2, alow: 'x' }, 'texts', fail));
    expect(result).toEqual({ allow: 'OK' });
    expect(errors).toEqual(['texts.from must be a string', 'texts.alow is not a known option (known: allow, from)']);
  });
});
