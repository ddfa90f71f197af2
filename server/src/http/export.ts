// GET /v1/export: every stored receipt in a time range, as NDJSON or CSV, streamed page by page
// (constant memory, writes wait for the client to drain). The chain heads and checkpoints come
// first, so the export proves itself offline (`consentgate-server verify FILE.ndjson`).
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { canonicalJson } from '../chain.js';
import type { Store } from '../store.js';

export type ExportFormat = 'ndjson' | 'csv';

const CSV_COLUMNS = ['kind', 'site', 'seq', 'received_at', 'record_id', 'time', 'method', 'region', 'language', 'revision', 'gpc', 'prev', 'hash', 'receipt'];

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export async function streamExport(res: ServerResponse, store: Store, format: ExportFormat, from?: string, to?: string): Promise<void> {
  const heads = await store.heads();
  const starts = await store.checkpoints();
  const write = async (line: string) => {
    if (!res.write(line)) await once(res, 'drain');
  };
  res.writeHead(200, {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson',
    'content-disposition': `attachment; filename="consent-receipts.${format}"`,
    'cache-control': 'no-store',
  });
  const meta = [
    { type: 'export', site: '', seq: 0, hash: '', from: from ?? null, to: to ?? null },
    ...[...starts].map(([site, c]) => ({ type: 'checkpoint', site, seq: c.seq, hash: c.hash })),
    ...[...heads].map(([site, h]) => ({ type: 'head', site, seq: h.seq, hash: h.hash })),
  ];
  if (format === 'csv') {
    await write(`${CSV_COLUMNS.join(',')}\n`);
    for (const m of meta.slice(1)) await write(`${[m.type, m.site, m.seq, '', '', '', '', '', '', '', '', '', m.hash, ''].map(csvCell).join(',')}\n`);
  } else {
    for (const m of meta) await write(`${JSON.stringify(m)}\n`);
  }
  const upTo = new Map([...heads].map(([site, h]) => [site, h.seq]));
  for await (const row of store.rows({ from, to, upTo })) {
    if (res.destroyed) return;
    const r = row.receipt as Record<string, unknown>;
    if (format === 'csv') {
      const signals = r.signals as { gpc?: boolean } | undefined;
      const cells = ['receipt', row.site, row.seq, row.receivedAt, r.id, r.time, r.method, r.region, r.language, r.revision, signals?.gpc, row.prev, row.hash, canonicalJson(r)];
      await write(`${cells.map(csvCell).join(',')}\n`);
    } else {
      await write(`${JSON.stringify({ type: 'receipt', site: row.site, seq: row.seq, receivedAt: row.receivedAt, prev: row.prev, hash: row.hash, receipt: r })}\n`);
    }
  }
  res.end();
}
