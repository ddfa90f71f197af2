// What every contender is set up to do, so that their pages stay equivalent: three categories
// (necessary, analytics, marketing), one gated analytics script, one gated 1×1 pixel, a banner
// on the first visit with "accept all" and "reject all" on its first layer.
import { readFileSync } from 'node:fs';

export const ANALYTICS_SRC = '/bench/analytics.js';
export const PIXEL_SRC = '/pixel.gif';
export const PRIVACY_URL = '/privacy';

export const CATEGORIES = [
  { id: 'necessary', label: 'Strictly necessary', description: 'Keeps the site working and remembers this choice.' },
  { id: 'analytics', label: 'Analytics', description: 'Counts visits so we know which articles are read.' },
  { id: 'marketing', label: 'Marketing', description: 'Measures our advertising with a pixel.' },
];

export const BANNER_TEXT = {
  title: 'We use cookies',
  description: 'We use analytics to improve our articles and a pixel to measure our advertising, only if you agree.',
};

/** The version of an installed contender, read from its package.json. */
export function packageVersion(name) {
  return JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
}

/** JSON for an inline <script>: `<` escaped so the config can never close the tag. */
export const inlineJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
