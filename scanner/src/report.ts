// report.html: one self-contained page (inline style, the screenshot as a data: URL, no script,
// no external request). Violations first, then each state's inventory, the banner, the unknowns.
import type { ScanResult, StateId } from './types';
import { STATES } from './types';

const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TITLES: Record<StateId, string> = {
  'no-choice': 'No choice made',
  reject: 'After Reject all',
  accept: 'After Accept all',
  gpc: 'Global Privacy Control on',
};

function table(head: string[], rows: unknown[][]): string {
  if (!rows.length) return '<p class="none">None.</p>';
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const label = (c: { category: string; vendor?: string; source?: string }) =>
  `${c.category}${c.vendor ? ` · ${c.vendor}` : ''}${c.source ? ` (${c.source})` : ''}`;

function inventory(result: ScanResult, state: StateId): string {
  const cookies = new Map<string, unknown[]>();
  const storage = new Map<string, unknown[]>();
  const requests = new Map<string, unknown[]>();
  for (const page of result.pages) {
    for (const s of page.states.filter((x) => x.state === state)) {
      for (const c of s.cookies) cookies.set(`${c.name} ${c.domain}`, [c.name, c.domain, c.expires, [c.secure && 'Secure', c.httpOnly && 'HttpOnly', c.sameSite, c.partitioned && 'Partitioned'].filter(Boolean).join(' '), label(c.classification), c.setBy ?? '']);
      for (const k of s.storage) storage.set(`${k.kind} ${k.origin} ${k.name}`, [k.name, k.kind, k.origin, label(k.classification), k.setBy ?? '']);
      for (const r of s.requests) requests.set(`${r.host}${r.path} ${r.resourceType}`, [r.host, r.path, r.resourceType, label(r.classification), r.initiator ?? '']);
    }
  }
  const choices = new Set(result.pages.flatMap((p) => p.states.filter((x) => x.state === state).map((x) => x.choice)));
  return `<section><h2>${esc(TITLES[state])}</h2>
<p class="note">Choice: ${esc([...choices].join(', ') || 'none')}</p>
<h3>Cookies</h3>${table(['name', 'domain', 'expires', 'flags', 'classification', 'set by'], [...cookies.values()])}
<h3>Storage</h3>${table(['name', 'kind', 'origin', 'classification', 'set by'], [...storage.values()])}
<h3>Third-party requests</h3>${table(['host', 'path', 'type', 'classification', 'initiator'], [...requests.values()])}
</section>`;
}

export function renderReport(result: ScanResult, screenshot?: Buffer): string {
  const v = result.violations;
  const skipped = result.pages.filter((p) => p.skipped);
  const noBanner = result.pages.filter((p) => !p.skipped && p.banner && !p.banner.accept && !p.banner.reject && !p.banner.consentgate);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>consentgate scan: ${esc(result.site)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:13px}
th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top;word-break:break-all}
th{background:#f2f2f2}.bad{color:#a40000}.ok{color:#0a6b2b}.none,.note{color:#555}
img{max-width:100%;border:1px solid #ccc}pre{background:#f6f6f6;padding:.5rem;overflow:auto}
</style></head><body>
<h1>consentgate scan: ${esc(result.site)}</h1>
<p>${esc(result.pages.length)} pages from ${esc(result.start)}, ${esc(result.startedAt)} to ${esc(result.finishedAt)}. ${esc(result.tool.name)} ${esc(result.tool.version)}.</p>
<section><h2 class="${v.length ? 'bad' : 'ok'}">${v.length ? `${v.length} violations` : 'No violations'}</h2>
<p class="note">Non-necessary cookies, storage or third-party requests before any choice, after Reject all, or under GPC.</p>
${table(['state', 'kind', 'name', 'category', 'vendor', 'first page'], v.map((x) => [x.state, x.kind, x.name, x.category, x.vendor ?? '', x.page]))}
</section>
${result.audit ? `<section><h2>Audit against your config</h2>${table(['config error'], result.audit.configErrors.map((e) => [e]))}<h3>Not declared in it</h3>${table(['kind', 'name', 'category'], result.audit.undeclared.map((u) => [u.kind, u.name, u.category]))}</section>` : ''}
${STATES.map((s) => inventory(result, s)).join('\n')}
<section><h2>The banner</h2>${screenshot?.length ? `<img alt="The page with its banner, before the choice" src="data:image/jpeg;base64,${screenshot.toString('base64')}">` : '<p class="none">No screenshot: no banner was found.</p>'}
${noBanner.length ? `<p class="bad">No banner on: ${noBanner.map((p) => esc(p.url)).join(', ')}</p>` : ''}</section>
<section><h2>To review (${result.unknowns.length})</h2><p class="note">Not in consentgate's catalog, third-party-web or the Open Cookie Database: classify them by hand.</p>
${table(['kind', 'name', 'states', 'set by', 'note'], result.unknowns.map((u) => [u.kind, u.name, u.states.join(', '), u.setBy ?? '', u.note ?? '']))}</section>
<section><h2>Gating markup</h2><p class="note">Replace each tag with its line (also in gating.html).</p><pre>${esc(result.markup.join('\n'))}</pre></section>
<section><h2>Skipped pages</h2>${table(['page', 'why'], skipped.map((p) => [p.url, p.skipped]))}</section>
</body></html>
`;
}
