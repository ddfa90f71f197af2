// A recording forward proxy on 127.0.0.1: Chromium is pointed at it with --proxy-server, so every
// request for a host other than the loopback ones reaches it, whoever makes it (page, frame,
// worker, service worker, preload scanner, WebSocket), including requests Playwright's routing
// never sees. Plain-HTTP requests are answered by a stand-in and logged with their full URL;
// tunnels (https, wss) are logged by host and refused. Nothing goes further than this process.
import { createServer, type Server } from 'node:http';

export interface RecordingProxy {
  /** `--proxy-server=…` and the bypass list that keeps the test site direct. */
  args: string[];
  /** Every request that reached the proxy, in order: a full URL, or `tunnel://host:port`. */
  log: string[];
  close(): Promise<void>;
}

/** Answers by URL substring: a body and its type; anything else gets 204. */
export type Answers = Record<string, { contentType: string; body: string }>;

export async function startProxy(answers: Answers = {}): Promise<RecordingProxy> {
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    log.push(url);
    const key = Object.keys(answers).find((part) => url.includes(part));
    // CORS open, so fetch and module scripts read the stand-in as they would the vendor's answer.
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (key) res.writeHead(200, { ...headers, 'content-type': answers[key]!.contentType }).end(answers[key]!.body);
    else res.writeHead(204, headers).end();
  });
  server.on('connect', (req, socket) => {
    log.push(`tunnel://${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('upgrade', (req, socket) => {
    log.push(req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    args: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=127.0.0.1;localhost;*.localhost'],
    log,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
