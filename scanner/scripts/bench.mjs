// How long `consentgate scan` takes on twenty local pages (the target: under 3 minutes),
// with the default settle time and concurrency. Builds nothing: run `npm run build` first.
// Pages link to each other, show a banner that blocks nothing (so all four states are visited)
// and load a stand-in tracker over plain HTTP on a mapped host name.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../dist/index.js';

const listen = (handler) =>
  new Promise((resolve) => {
    const server = createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
const links = Array.from({ length: 20 }, (_, i) => `<a href="/p${i}">page ${i}</a>`).join(' ');
const site = await listen((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>${req.url}</title>
<script src="http://static.hotjar.com/c/hotjar-1.js"></script><main style="min-height:3000px">${links}</main>
<div id="notice"><button onclick="notice.remove()">Accept all</button> <button onclick="notice.remove()">Reject all</button></div>`);
});
const standIn = await listen((req, res) => {
  res.writeHead(200, { 'content-type': 'text/javascript' }).end(`localStorage.setItem('_hjSessionUser_1', '1'); new Image().src = 'http://static.hotjar.com/p.gif';`);
});
const out = mkdtempSync(join(tmpdir(), 'consentgate-bench-'));
const started = performance.now();
const code = await main([
  `http://127.0.0.1:${site.address().port}/`, '--pages', '20', '--out', out,
  '--browser-arg', `--host-resolver-rules=MAP * 127.0.0.1:${standIn.address().port}, EXCLUDE 127.0.0.1`,
]);
console.log(`20 pages, 4 states each: ${((performance.now() - started) / 1000).toFixed(1)} s (exit ${code})`);
rmSync(out, { recursive: true, force: true });
site.close();
standIn.close();
