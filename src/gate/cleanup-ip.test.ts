// @vitest-environment-options {"url": "http://127.0.0.1:8080/"}
import { expect, it, vi } from 'vitest';
import { clearAll, servicesOf } from './testing';

it('gives an IP address no parent domains, and writes no secure cookie over http', () => {
  document.cookie = '_fbp=1; path=/';
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  const writes: string[] = [];
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => void writes.push(value));
  vi.spyOn(document, 'cookie', 'get').mockImplementation(() => cookie.get!.call(document));
  clearAll(servicesOf('advertising'));
  expect(writes).toEqual(['_fbp=;max-age=0;path=/']);
});
