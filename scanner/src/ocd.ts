// The Open Cookie Database (Apache-2.0, data/NOTICE.md), vendored as data/open-cookie-database.json.
import { readFileSync } from 'node:fs';
import type { Category } from './types';

export interface CookieFacts {
  platform: string;
  controller: string;
  privacyPolicyUrl: string;
  /** The database's own category, as written there. */
  ocdCategory: string;
  category: Category;
  wildcard: boolean;
  retention: string;
  description: string;
}

type Row = [name: string, category: string, platform: number, wildcard: 0 | 1, retention: string, description: string];
interface Data {
  platforms: Array<[string, string, string]>;
  cookies: Row[];
}

const NAMES: Record<string, string> = { F: 'Functional', A: 'Analytics', M: 'Marketing', P: 'Personalization', S: 'Security' };
/** The database's categories on ours: security cookies are necessary, personalisation is functional. */
const OURS: Record<string, Category> = { F: 'functional', A: 'analytics', M: 'advertising', P: 'functional', S: 'necessary' };

/** A cookie that only records the visitor's consent choice is necessary: the law exempts it. */
const CONSENT_STORE = /\b(consent|cookie (preferences|choices?|settings))\b/i;

export interface CookieDatabase {
  /** The exact row for a name, else the longest wildcard (prefix) row it starts with. */
  lookup(name: string): CookieFacts | undefined;
  size: number;
}

export function loadCookieDatabase(file = new URL('../data/open-cookie-database.json', import.meta.url)): CookieDatabase {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Data;
  const exact = new Map<string, Row>();
  const prefixes: Row[] = [];
  for (const row of data.cookies) {
    if (row[3]) prefixes.push(row);
    else if (!exact.has(row[0])) exact.set(row[0], row);
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  const facts = (row: Row): CookieFacts => {
    const [platform = '', controller = '', privacyPolicyUrl = ''] = data.platforms[row[2]] ?? [];
    const storesConsent = row[1] === 'F' && CONSENT_STORE.test(row[5]);
    return {
      platform,
      controller,
      privacyPolicyUrl,
      ocdCategory: NAMES[row[1]] ?? row[1],
      category: storesConsent ? 'necessary' : (OURS[row[1]] ?? 'functional'),
      wildcard: row[3] === 1,
      retention: row[4],
      description: row[5],
    };
  };
  return {
    size: data.cookies.length,
    lookup(name) {
      const row = exact.get(name) ?? prefixes.find((p) => name.startsWith(p[0]));
      return row && facts(row);
    },
  };
}
