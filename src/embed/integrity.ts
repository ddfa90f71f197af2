// The SHA-384 of every chunk consentgate.js may load, by file name. The build (rollup.config.mjs)
// writes the real values here after building the chunks; from source (tests, bundlers) the map
// is empty and chunks load without an `integrity` attribute.
export const INTEGRITY: Record<string, string> = {};
