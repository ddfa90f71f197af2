// The real-browser tests need Debian's Chromium. Install it when missing and we are root;
// otherwise say exactly what to install. Browsers are never downloaded through npm.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    console.log('consentgate: installing Debian\'s Chromium for the real-browser tests…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `consentgate: the real-browser tests need Chromium at ${CHROMIUM}.\n` +
        'Install it with: sudo apt-get install -y chromium  (or set CHROMIUM_PATH to another Chromium).',
    );
    process.exit(1);
  }
}
