// The GPP bit encoding (Consent String Specification): fixed-width integers, Fibonacci ranges,
// and web-safe base64 padded first to whole bytes, then to whole characters.
const DICT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export const int = (value: number, width: number): string => value.toString(2).padStart(width, '0');

export function base64(bits: string): string {
  const padded = bits.padEnd(Math.ceil(bits.length / 8) * 8, '0');
  let out = '';
  for (let i = 0; i < padded.length; i += 6) out += DICT[parseInt(padded.slice(i, i + 6).padEnd(6, '0'), 2)];
  return out;
}

/** Zeckendorf code, least significant first, closed by an extra 1 (so every code ends in 11). */
function fibonacci(n: number): string {
  const fib = [1];
  for (let a = 1, b = 2; b <= n; [a, b] = [b, a + b]) fib.push(b);
  let bits = '1';
  for (let i = fib.length; i--; ) {
    bits = (n >= fib[i]! ? '1' : '0') + bits;
    if (n >= fib[i]!) n -= fib[i]!;
  }
  return bits;
}

/** The header: Type 3, Version 1, then the section ids as a Fibonacci range (runs of consecutive ids). */
export function header(ids: readonly number[]): string {
  const sorted = [...ids].sort((a, b) => a - b);
  let groups = 0;
  let bits = '';
  let offset = 0;
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    const end = sorted[i]!;
    bits += end > start ? `1${fibonacci(start - offset)}${fibonacci(end - start)}` : `0${fibonacci(start - offset)}`;
    offset = end;
    groups++;
  }
  return base64(int(3, 6) + int(1, 6) + int(groups, 12) + bits);
}
