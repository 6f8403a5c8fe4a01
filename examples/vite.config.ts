import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, defaultClientConditions, type Plugin } from 'vite';
import { tiendoRender } from './server/render-plugin.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const embedDist = join(here, '../packages/embed/dist');
const sdkData = join(here, '../packages/sdk/data');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.map': 'application/json' };
const PAGES = ['index', 'matrix', 'playground', 'article', 'frame'];
/** Paths served as files, untouched by Vite. */
const MOUNTS: [string, string][] = [
  ['/embed/', embedDist],
  ['/packages/embed/dist/', embedDist],
  ['/data/', sdkData],
  ['/packages/sdk/data/', sdkData],
  // The embed test page must load nothing but the built file: served as it is, not through Vite.
  ['/embed-test.html', join(here, 'embed-test.html')],
];

/**
 * The gallery's server extras, in dev and preview alike:
 * - `/__tiendo/hang.json` never answers, so the matrix can show the loading state;
 * - `/embed/…` serves the built one-file embed (packages/embed/dist), so snippets copied from the
 *   playground work in any page served from this machine;
 * - `/data/sample.json` and `/data/sample.csv` serve the SDK's sample dataset, as a newsroom's
 *   server would serve its feed;
 * - `/embed-test.html` as it is, with the repository paths it uses (`../packages/…`) mounted.
 */
function galleryServer(): Plugin {
  const handle = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/__tiendo/hang.json') return; // left open on purpose
    const mount = MOUNTS.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mount) return next();
    const [prefix, dir] = mount;
    const file = prefix.endsWith('/') ? normalize(join(dir, url.pathname.slice(prefix.length))) : dir;
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end(existsSync(dir) ? 'Not found' : 'Not built yet: run `pnpm build`.');
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Access-Control-Allow-Origin', '*');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'tiendo-gallery-server',
    configureServer: (server) => void server.middlewares.use(handle),
    configurePreviewServer: (server) => void server.middlewares.use(handle),
  };
}

// `source` resolves workspace packages to their TypeScript sources, so the gallery needs no build
// of the widgets to run.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // `/__tiendo/render` (the playground's pre-rendered and iframe snippets) and the article pre-rendered.
  plugins: [galleryServer(), tiendoRender({ dataFile: join(sdkData, 'sample.json'), src: '/data/sample.json' })],
  build: {
    chunkSizeWarningLimit: 1000,
    rolldownOptions: { input: Object.fromEntries(PAGES.filter((p) => existsSync(join(here, `${p}.html`))).map((p) => [p, join(here, `${p}.html`)])) },
  },
});
