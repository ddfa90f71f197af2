// Offline verification of an NDJSON export: the same checks as GET /v1/verify, on a file, with
// nothing but this package. A full export must hold each chain whole, from its checkpoint (or
// the start) to its head; an export of a time range is checked link by link within the range.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { GENESIS, chainWalker, type ChainRow, type ChainStart } from './chain.js';
import type { Verdict } from './read.js';

type Line =
  | { type: 'export'; from: string | null; to: string | null }
  | ({ type: 'head' | 'checkpoint'; site: string } & ChainStart)
  | ({ type: 'receipt' } & ChainRow);

export async function verifyExport(lines: AsyncIterable<string> | Iterable<string>): Promise<Verdict> {
  const heads = new Map<string, ChainStart>();
  const starts = new Map<string, ChainStart>();
  const problems: string[] = [];
  let partial = false;
  let entries = 0;
  let site: string | null = null;
  let walker: ReturnType<typeof chainWalker> | null = null;
  const sites = new Set<string>();
  const close = () => {
    if (!walker || site === null) return;
    const head = heads.get(site);
    const last = walker.last;
    // In a range export the chain may go on past the range; only a full one must reach its head.
    const problem = walker.end(partial && head && last.seq < head.seq ? undefined : head);
    if (problem) problems.push(problem);
  };
  let number = 0;
  for await (const text of lines) {
    number += 1;
    if (!text.trim()) continue;
    let line: Line;
    try {
      line = JSON.parse(text) as Line;
    } catch {
      problems.push(`line ${number} is not JSON`);
      continue;
    }
    if (line.type === 'export') partial = line.from !== null || line.to !== null;
    else if (line.type === 'head') heads.set(line.site, { seq: line.seq, hash: line.hash });
    else if (line.type === 'checkpoint') starts.set(line.site, { seq: line.seq, hash: line.hash });
    else if (line.type === 'receipt') {
      entries += 1;
      if (line.site !== site) {
        close();
        site = line.site;
        if (sites.has(site)) problems.push(`${site}: its entries are not together in seq order`);
        sites.add(site);
        const start = starts.get(site) ?? { seq: 0, hash: GENESIS };
        const begins = partial && line.seq !== start.seq + 1 ? { seq: line.seq - 1, hash: line.prev } : start;
        walker = chainWalker(site, begins);
      }
      walker!.add(line);
    } else problems.push(`line ${number} has an unknown type`);
  }
  close();
  if (!partial)
    for (const [name, head] of heads) {
      const start = starts.get(name) ?? { seq: 0, hash: GENESIS };
      if (!sites.has(name) && head.seq !== start.seq) problems.push(`${name}: the head is entry ${head.seq} but the export holds none`);
    }
  return { ok: problems.length === 0, sites: sites.size, entries, problems };
}

export function verifyFile(path: string): Promise<Verdict> {
  return verifyExport(createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity }));
}
