// Turns the collected samples into bench/results.json (everything, per round) and
// bench/results.md (one table: figures as rows, contenders as columns).
import { writeFileSync } from 'node:fs';
import { summary } from './stats.mjs';

const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);

/**
 * The figures, in table order. `delta` figures are paired per round with the baseline page
 * loaded in the same round (contender − baseline). `files` figures come from the CMP's files
 * as the first visit loaded them: they do not vary between loads, and they are reported even
 * for a contender that failed correctness (they are not timings).
 */
export const FIGURES = [
  { key: 'bytesGzip', label: 'CMP files, gzip as transferred', unit: 'KB', scale: 1 / 1024, files: (fs) => sum(fs, 'gzip') },
  { key: 'bytesRaw', label: 'CMP files, raw', unit: 'KB', scale: 1 / 1024, files: (fs) => sum(fs, 'raw') },
  { key: 'requests', label: 'CMP requests', unit: '', digits: 0, files: (fs) => fs.length },
  { key: 'fcp', label: 'First contentful paint', unit: 'ms' },
  { key: 'bannerPaint', label: 'Navigation → banner first paint', unit: 'ms', banner: true },
  { key: 'script', label: 'Script compile + evaluate (main-thread CPU), Δ vs baseline', unit: 'ms', delta: true },
  { key: 'tbt', label: 'Total blocking time, Δ vs baseline', unit: 'ms', delta: true },
  { key: 'cls', label: 'Cumulative layout shift (first visit)', unit: '', digits: 3 },
  { key: 'heap', label: 'JS heap after GC, Δ vs baseline', unit: 'KB', scale: 1 / 1024, delta: true },
  { key: 'acceptToScript', label: 'Accept click → gated script ran', unit: 'ms', decision: true },
  { key: 'acceptToPixel', label: 'Accept click → gated pixel requested', unit: 'ms', decision: true },
  { key: 'returningScript', label: 'Returning visitor: navigation → gated script ran', unit: 'ms' },
  { key: 'insert', label: '10,000 DOM insertions, script + observers (banner up, no decision)', unit: 'ms' },
  { key: 'insertLayout', label: '10,000 DOM insertions, + style and layout', unit: 'ms' },
];

/** Per contender and figure: the values that are summarised (deltas already applied). */
function valuesOf(state, baseline, figure) {
  if (figure.files) return state.files && !state.contender.baseline ? [figure.files(state.files)] : [];
  if (!figure.delta) return state.samples.map((s) => s[figure.key]);
  const byRound = new Map(baseline.samples.map((s) => [s.round, s[figure.key]]));
  return state.samples
    .filter((s) => typeof byRound.get(s.round) === 'number' && typeof s[figure.key] === 'number')
    .map((s) => (state.contender.baseline ? s[figure.key] : s[figure.key] - byRound.get(s.round)));
}

export function buildResults({ states, meta }) {
  const baseline = states.find((s) => s.contender.baseline);
  const contenders = states.map((state) => {
    const figures = {};
    for (const figure of FIGURES) figures[figure.key] = summary(valuesOf(state, baseline, figure));
    return {
      id: state.contender.id,
      name: state.contender.name,
      version: state.contender.version,
      status: state.failures.length ? 'failed' : 'pass',
      failures: state.failures,
      notes: [...state.notes],
      bannerSeen: state.bannerSeen,
      acceptVia: [...new Set(state.samples.map((s) => s.acceptVia).filter(Boolean))],
      files: state.files ?? [],
      offHostRequests: [...new Set(state.offHost)],
      pageErrors: [...new Set(state.errors)].slice(0, 20),
      figures,
      samples: state.samples,
    };
  });
  const ref = contenders.find((c) => c.id === 'consentgate');
  for (const c of contenders) {
    c.ratioToConsentgate = {};
    for (const figure of FIGURES) {
      const mine = shownSummary(c, figure);
      const theirs = ref && shownSummary(ref, figure);
      c.ratioToConsentgate[figure.key] =
        c.id !== 'baseline' && mine && theirs && mine.median > 0 && theirs.median > 0 ? mine.median / theirs.median : null;
    }
  }
  return { ...meta, figures: FIGURES.map(({ key, label, unit, delta }) => ({ key, label, unit, delta: !!delta })), contenders };
}

/** The summary shown in the table, or null when the cell says failed / n/a / —. */
function shownSummary(c, figure) {
  if (c.status === 'failed' && !figure.files) return null;
  return c.figures[figure.key];
}

const number = (value, figure) => {
  const v = value * (figure.scale ?? 1);
  const digits = figure.digits ?? (figure.unit === 'KB' ? 1 : Math.abs(v) < 10 ? 1 : 0);
  return v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
};

function cell(c, figure) {
  const isBaseline = c.id === 'baseline';
  if (isBaseline && (figure.files || figure.banner || figure.decision)) return '—';
  if (c.status === 'failed' && !figure.files) return 'failed';
  if (figure.banner && !c.bannerSeen) return 'n/a';
  const s = c.figures[figure.key];
  if (!s) return 'n/a';
  let text = number(s.median, figure);
  if (s.min !== s.max) text += ` (${number(s.min, figure)}–${number(s.max, figure)})`;
  if (isBaseline && figure.delta) text = `ref. ${text}`;
  if (figure.decision && c.acceptVia.includes('api')) text += ' †';
  const ratio = c.ratioToConsentgate[figure.key];
  if (ratio !== null && c.id !== 'consentgate') text += ` ×${ratio.toFixed(2)}`;
  return text;
}

export function toMarkdown(results) {
  const cs = results.contenders;
  const lines = [];
  lines.push('# Benchmark results', '');
  lines.push(`- Date: ${results.date}`);
  lines.push(`- Machine: ${results.machine.nproc} × ${results.machine.cpu}, ${results.machine.memoryGiB} GiB RAM, ${results.machine.os}`);
  lines.push(`- Load average (1 min) at start / end: ${results.machine.loadAverage.start} / ${results.machine.loadAverage.end} (other work on the machine shows up as spread)`);
  lines.push(`- Browser: Chromium ${results.chromium} (headless, via playwright-core ${results.playwright}); Node ${results.node}`);
  lines.push(
    `- Rounds: ${results.rounds} measured after ${results.warmup} warm-up, contenders interleaved within each round; ` +
      'a fresh browser context per measurement. Method: [bench/README.md](README.md).',
  );
  lines.push(`- consentgate bundle: ${results.consentgateBundle}`);
  lines.push('');
  lines.push('Cells: median (min–max) over the rounds, then ×ratio of the median to consentgate\'s. ' +
    'Δ rows subtract the no-CMP page loaded in the same round; its column shows its own absolute value ("ref.").');
  lines.push('');
  const units = (f) => (f.unit ? ` (${f.unit})` : '');
  lines.push(`| Figure | ${cs.map((c) => `${c.name}${c.version !== '—' ? ` ${c.version}` : ''}`).join(' | ')} |`);
  lines.push(`|---|${cs.map(() => '---').join('|')}|`);
  lines.push(`| Correctness | ${cs.map((c) => (c.id === 'baseline' ? '—' : c.status === 'pass' ? 'pass' : '**failed**')).join(' | ')} |`);
  for (const figure of FIGURES) lines.push(`| ${figure.label}${units(figure)} | ${cs.map((c) => cell(c, figure)).join(' | ')} |`);
  lines.push('');

  const footnotes = [];
  if (cs.some((c) => c.acceptVia.includes('api'))) {
    footnotes.push('† No banner appeared, so "accept" was made through the JavaScript API (`consentgate.acceptAll()`), not a click.');
  }
  const noBanner = cs.filter((c) => c.id !== 'baseline' && !c.bannerSeen && c.status === 'pass');
  if (noBanner.length) {
    footnotes.push(`n/a: no banner was found on the first visit for ${noBanner.map((c) => c.name).join(', ')} ` +
      '(the selector is in bench/contenders/), so there is no banner paint to time.');
  }
  for (const c of cs.filter((c) => c.status === 'failed')) {
    const first = c.failures[0];
    footnotes.push(`${c.name} failed correctness in round ${first.round}: ${first.failures.join('; ')}. Its timings are not reported.`);
  }
  if (footnotes.length) lines.push(...footnotes.map((f) => `${f}  `), '');

  lines.push('## What was loaded', '');
  lines.push('| Contender | Files (raw / gzip bytes) | Requests to other hosts |');
  lines.push('|---|---|---|');
  for (const c of cs) {
    const files = c.files.map((f) => `\`${f.path.replace(/^\/cmp\/[^/]+\//, '')}\` ${f.raw.toLocaleString('en-US')} / ${f.gzip.toLocaleString('en-US')}`).join('<br>') || '—';
    lines.push(`| ${c.name} | ${files} | ${c.offHostRequests.length ? c.offHostRequests.map((u) => `\`${u}\``).join('<br>') : 'none'} |`);
  }
  lines.push('');
  const remarks = cs.filter((c) => c.notes.length || c.pageErrors.length);
  if (remarks.length) {
    lines.push('## Notes from the run', '');
    for (const c of remarks) {
      for (const n of c.notes) lines.push(`- ${c.name}: ${n}`);
      for (const e of c.pageErrors.slice(0, 3)) lines.push(`- ${c.name}, page error: \`${e.replace(/`/g, "'")}\``);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function writeResults(results, { json = 'bench/results.json', md = 'bench/results.md' } = {}) {
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(md, `${toMarkdown(results)}\n`);
}
