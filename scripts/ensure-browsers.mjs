// The real-browser tests need Debian's Chromium, and Debian's Firefox ESR for the Firefox
// strict-mode test. Install what is missing when we are root; otherwise say exactly what to
// install. Browsers are never downloaded through npm.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = [
  { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium', name: 'Chromium', env: 'CHROMIUM_PATH' },
  { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr', name: 'Firefox ESR', env: 'FIREFOX_PATH' },
];

let updated = false;
for (const { path, pkg, name, env } of BROWSERS) {
  if (existsSync(path)) continue;
  if (process.getuid?.() === 0) {
    console.log(`consentgate: installing Debian's ${name} for the real-browser tests…`);
    if (!updated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    updated = true;
    execFileSync('apt-get', ['install', '-y', '-qq', pkg], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `consentgate: the real-browser tests need ${name} at ${path}.\n` +
        `Install it with: sudo apt-get install -y ${pkg}  (or set ${env} to another ${name}).`,
    );
    process.exit(1);
  }
}
