/** A URL- and cookie-safe random id: 16 random bytes as 22 base64url characters. */
export function randomId(random: (bytes: Uint8Array) => Uint8Array): string {
  return btoa(String.fromCharCode(...random(new Uint8Array(16))))
    .slice(0, 22)
    .replace(/[+/]/g, (c) => (c === '+' ? '-' : '_'));
}
