// A small static server on 127.0.0.1 for the CSP test and the bench: fixed routes (URL path →
// file, or a function answering text) plus optional folders, every answer with the given headers.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The Content-Security-Policy a newsroom can send with the embed (docs/csp.md). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

/**
 * Starts a server. `routes`: { '/path': '/abs/file' | () => string | { type, body } };
 * `mounts`: { '/prefix/': '/abs/dir' }; `headers`: added to every answer; `delay`: ms (or a
 * function of the path) before answering. `requests` lists every path asked (for request counts). Resolves to { url, close, requests }.
 */
export async function serve({ routes = {}, mounts = {}, headers = {}, delay = 0 } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const send = (status, body, type) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    try {
      const wait = typeof delay === 'function' ? delay(path) : delay;
      if (wait) await new Promise((r) => setTimeout(r, wait));
      let file = null;
      const route = routes[path];
      if (typeof route === 'function') {
        const out = route(new URL(req.url ?? '/', 'http://x').searchParams);
        return typeof out === 'string' ? send(200, out, TYPES[extname(path)] ?? 'text/html; charset=utf-8') : send(200, out.body, out.type);
      }
      if (typeof route === 'string') file = route;
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (file || !path.startsWith(prefix)) continue;
        const base = normalize(dir).replace(/[\\/]+$/, '');
        const candidate = normalize(join(base, path.slice(prefix.length)));
        if (candidate.startsWith(base + sep)) file = candidate;
      }
      if (!file) return send(404, 'not found', 'text/plain');
      send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found', 'text/plain');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
