// Rebuilds data/open-cookie-database.json from the Open Cookie Database CSV (Apache-2.0):
//   node scripts/refresh-ocd.mjs [path/to/open-cookie-database.csv]
// Default source: shared/data/open-cookie-database/ beside the repository (../shared). The file keeps
// only what the scanner reads (name, category, platform, wildcard, retention, description,
// controller, privacy link), with each platform written once, so it stays small.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const csvPath = resolve(process.argv[2] ?? join(here, '../../../shared/data/open-cookie-database/open-cookie-database.csv'));
if (!existsSync(csvPath)) {
  console.error(`refresh-ocd: no CSV at ${csvPath}; pass its path: node scripts/refresh-ocd.mjs path/to/open-cookie-database.csv`);
  process.exit(2);
}
const out = join(here, '../data/open-cookie-database.json');

/** RFC 4180 rows: quoted fields may hold commas, line breaks and doubled quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const CATEGORY = { Functional: 'F', Analytics: 'A', Marketing: 'M', Personalization: 'P', Security: 'S' };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [header, ...rows] = parseCsv(readFileSync(csvPath, 'utf8'));
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${csvPath}: no column "${name}" (columns: ${header.join(', ')})`);
    return i;
  };
  const [PLATFORM, CAT, NAME, DESC, RETENTION, CONTROLLER, PORTAL, WILDCARD] = [
    'Platform', 'Category', 'Cookie / Data Key name', 'Description', 'Retention period', 'Data Controller',
    'User Privacy & GDPR Rights Portals', 'Wildcard match',
  ].map(col);
  const platforms = [];
  const platformIndex = new Map();
  const cookies = [];
  for (const r of rows) {
    const name = r[NAME]?.trim();
    const category = CATEGORY[r[CAT]?.trim()];
    if (!name || !category) continue;
    const key = [r[PLATFORM], r[CONTROLLER], r[PORTAL]].map((s) => s?.trim() ?? '').join('\u0000');
    if (!platformIndex.has(key)) platformIndex.set(key, platforms.push(key.split('\u0000')) - 1);
    cookies.push([name, category, platformIndex.get(key), r[WILDCARD]?.trim() === '1' ? 1 : 0, r[RETENTION]?.trim() ?? '', r[DESC]?.trim() ?? '']);
  }
  const source = readFileSync(join(dirname(csvPath), 'SOURCE.md'), 'utf8').match(/commit `([0-9a-f]{40})`[^\n]*/)?.[0] ?? 'unknown';
  writeFileSync(out, JSON.stringify({
    about: 'Open Cookie Database (jkwakman/Open-Cookie-Database), Apache-2.0; see NOTICE.md. Columns: cookies = [name, category F/A/M/P/S, platform index, wildcard, retention, description]; platforms = [platform, data controller, privacy portal].',
    source,
    platforms,
    cookies,
  }) + '\n');
  // Written, not copied: the source may be read-only, and the copy must stay refreshable.
  writeFileSync(join(here, '../data/LICENSE-open-cookie-database'), readFileSync(join(dirname(csvPath), 'LICENSE')));
  console.log(`${out}: ${cookies.length} names, ${platforms.length} platforms`);
}
