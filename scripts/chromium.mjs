// Debian's Chromium (never one downloaded through npm) and the flags this machine needs for it,
// shared by the browser tests and every benchmark. Playwright adds --headless itself; the rest
// are because the machine's closed network refuses Chromium's background connections.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
