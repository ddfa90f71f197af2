// The dashboard, rendered on the server: HTML tables with SVG bars, no script, one stylesheet
// from this service, so a strict CSP holds and nothing is fetched from elsewhere.
import type { Stats } from '../stats.js';

export const esc = (value: unknown): string =>
  String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const pct = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 1000) / 10}%`);

const OUTCOMES: { key: string; label: string; methods: string[]; css: string }[] = [
  { key: 'accept', label: 'Accept all', methods: ['accept-all'], css: 'c-accept' },
  { key: 'reject', label: 'Reject all', methods: ['reject-all'], css: 'c-reject' },
  { key: 'custom', label: 'Custom', methods: ['custom', 'api'], css: 'c-custom' },
  { key: 'signal', label: 'GPC / DNT opt-out', methods: ['gpc', 'dnt'], css: 'c-signal' },
];

/** Each table scrolls inside a focusable region, so a keyboard can scroll it at 320 px. */
const scrollable = (html: string) =>
  html.replace(/<table><caption>(.*?)<\/caption>[\s\S]*?<\/table>/g, (table, caption: string) => `<div class="scroll" tabindex="0" role="region" aria-label="${caption}">${table}</div>`);

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><link rel="stylesheet" href="/dashboard.css"><link rel="icon" href="data:,"></head>
<body><main>${scrollable(body)}</main></body></html>`;
}

export function loginPage(error?: string): string {
  return page(
    'Sign in — consent records',
    `<h1>Consent records</h1>
<form method="post" action="/dashboard/login" class="login">
${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
<label for="token">Admin token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>`,
  );
}

/** Outcomes per day as stacked SVG bars; the table after it carries the same numbers. */
function dayChart(rows: { day: string; counts: number[] }[]): string {
  if (rows.length === 0) return '<p>No receipts in this period.</p>';
  const max = Math.max(...rows.map((r) => r.counts.reduce((a, b) => a + b, 0)), 1);
  const w = 24;
  const height = 120;
  const bars = rows
    .map((r, i) => {
      let y = height;
      return r.counts
        .map((n, k) => {
          const h = (n / max) * height;
          y -= h;
          return n ? `<rect class="${OUTCOMES[k]!.css}" x="${i * w + 2}" y="${y.toFixed(1)}" width="${w - 4}" height="${h.toFixed(1)}"/>` : '';
        })
        .join('');
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${rows.length * w} ${height}" preserveAspectRatio="none" role="img" aria-labelledby="days-title"><title id="days-title">Consent outcomes per day, stacked; the table below lists the numbers</title>${bars}</svg>
<ul class="legend">${OUTCOMES.map((o) => `<li><span class="swatch ${o.css}"></span>${o.label}</li>`).join('')}</ul>`;
}

const bar = (part: number, whole: number) =>
  `<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true"><rect class="c-accept" width="${whole ? (part / whole) * 100 : 0}" height="8"/></svg>`;

function splitTable(caption: string, head: string, rows: Stats['regions']): string {
  return `<table><caption>${caption}</caption><thead><tr><th scope="col">${head}</th><th scope="col">Receipts</th><th scope="col">Accept all</th><th scope="col">Reject all</th><th scope="col">Custom</th><th scope="col">GPC / DNT</th></tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.key)}</th><td>${r.count}</td><td>${pct(r.acceptAll, r.count)}</td><td>${pct(r.rejectAll, r.count)}</td><td>${pct(r.custom, r.count)}</td><td>${pct(r.signal, r.count)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

export function dashboardPage(stats: Stats, days: number): string {
  const byDay = new Map<string, number[]>();
  for (const d of stats.days) {
    const counts = byDay.get(d.day) ?? [0, 0, 0, 0];
    const k = OUTCOMES.findIndex((o) => o.methods.includes(d.method));
    if (k >= 0) counts[k]! += d.count;
    byDay.set(d.day, counts);
  }
  const dayRows = [...byDay].map(([day, counts]) => ({ day, counts }));
  const periods = [1, 7, 30, 90, 365]
    .map((n) => `<option value="${n}"${n === days ? ' selected' : ''}>last ${n === 1 ? 'day' : `${n} days`}</option>`)
    .join('');
  return page(
    'Consent records',
    `<header><h1>Consent records</h1>
<form method="get" action="/dashboard" class="period"><label for="days">Period</label> <select id="days" name="days">${periods}</select> <button type="submit">Show</button></form>
<form method="post" action="/dashboard/logout"><button type="submit">Sign out</button></form></header>
<section aria-labelledby="summary"><h2 id="summary">Summary</h2>
<dl class="figures"><div><dt>Receipts</dt><dd data-figure="total">${stats.total}</dd></div>
<div><dt>With GPC on</dt><dd data-figure="gpc">${pct(stats.gpc, stats.total)}</dd></div></dl></section>
<section aria-labelledby="days-h"><h2 id="days-h">Outcomes per day</h2>${dayChart(dayRows)}
<table><caption>Receipts per day and outcome</caption><thead><tr><th scope="col">Day (UTC)</th>${OUTCOMES.map((o) => `<th scope="col">${o.label}</th>`).join('')}</tr></thead><tbody>${dayRows
      .map((r) => `<tr><th scope="row">${r.day}</th>${r.counts.map((n) => `<td>${n}</td>`).join('')}</tr>`)
      .join('')}</tbody></table></section>
<section aria-labelledby="cats-h"><h2 id="cats-h">Grant rate per category</h2>
<table><caption>Share of receipts in which each category was granted (after GPC/DNT)</caption><thead><tr><th scope="col">Category</th><th scope="col">Granted</th><th scope="col">Rate</th></tr></thead><tbody>${stats.categories
      .map((c) => `<tr><th scope="row">${esc(c.category)}</th><td>${pct(c.granted, c.count)}</td><td>${bar(c.granted, c.count)}</td></tr>`)
      .join('')}</tbody></table></section>
<section aria-labelledby="regions-h"><h2 id="regions-h">By region and language</h2>
${splitTable('Outcomes by region', 'Region', stats.regions)}
${splitTable('Outcomes by language', 'Language', stats.languages)}</section>
<section aria-labelledby="rev-h"><h2 id="rev-h">Receipts per policy revision</h2>
<table><caption>Receipts per revision</caption><thead><tr><th scope="col">Revision</th><th scope="col">Receipts</th></tr></thead><tbody>${stats.revisions
      .map((r) => `<tr><th scope="row">${esc(r.revision)}</th><td>${r.count}</td></tr>`)
      .join('')}</tbody></table></section>`,
  );
}

export const DASHBOARD_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;width:100%}
.scroll{overflow-x:auto;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{padding:.25rem .5rem;text-align:left;border-bottom:1px solid #ccc;white-space:nowrap}
td{font-variant-numeric:tabular-nums}
.chart{width:100%;height:8rem;display:block;background:#f4f4f4}
.bar{width:8rem;height:.75rem;background:#e6e6e6}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
.c-accept{fill:#1f6f43;background:#1f6f43}.c-reject{fill:#9b2c2c;background:#9b2c2c}
.c-custom{fill:#2b5797;background:#2b5797}.c-signal{fill:#6b4c9a;background:#6b4c9a}
.figures{display:flex;gap:2rem;margin:0}.figures dd{margin:0;font-size:1.5rem;font-weight:600}
.login{display:grid;gap:.5rem;max-width:20rem}
input,select,button{font:inherit;padding:.35rem .6rem}
button{background:#1a1a1a;color:#fff;border:0;border-radius:.25rem;cursor:pointer}
.error{color:#9b2c2c}
`;
