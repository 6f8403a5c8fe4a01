// The one web-test-runner setup every package uses: Debian's (or the laptop's) Chromium,
// TypeScript through esbuild against sources (the `source` export condition). Run one widget's
// tests alone with `pnpm test -- --files src/progress/progress.test.ts`.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_ARGS, findChrome } from './browser.mjs';

/**
 * @param {{ dir: string, tsconfig: string, files?: string[], plugins?: object[] }} options
 *   dir: the package folder; files: globs relative to it; plugins: the package's own (commands).
 */
export function wtrConfig({ dir, tsconfig, files = ['src/**/*.test.ts'], plugins = [] }) {
  tsconfig = flattenTsconfig(tsconfig);
  return {
    rootDir: join(dir, '../..'),
    files: files.map((f) => join(dir, f)),
    nodeResolve: { exportConditions: ['source', 'browser', 'import', 'development'] },
    // Widgets warn on the console by design when data is bad; tests assert that in the page.
    filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && (args[0].startsWith('[tiendo]') || args[0].startsWith('Lit is in dev mode'))),
    concurrency: 1,
    concurrentBrowsers: 1,
    testsStartTimeout: 60_000,
    testsFinishTimeout: 180_000,
    // WTR_GREP="ready" runs only the tests whose title matches.
    testFramework: { config: { timeout: 20_000, ...(process.env.WTR_GREP ? { grep: process.env.WTR_GREP } : {}) } },
    browsers: [
      chromeLauncher({
        launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
      }),
    ],
    mimeTypes: { '**/*.json': 'js' },
    plugins: [jsonModules, esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }), ...plugins],
  };
}


/**
 * esbuild's dev-server plugin reads the tsconfig file as it is, without following `extends`, so
 * decorator settings from tsconfig.base.json would be lost: write the merged compilerOptions to a
 * cache file and hand that over.
 */
function flattenTsconfig(path) {
  const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
  const own = read(path);
  const base = own.extends ? read(join(path, '..', own.extends)) : {};
  const merged = { compilerOptions: { ...base.compilerOptions, ...own.compilerOptions } };
  const cache = join(path, '..', 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const out = join(cache, 'tsconfig.wtr.json');
  writeFileSync(out, JSON.stringify(merged, null, 2));
  return out;
}

/**
 * JSON modules (`import sample from '../data/sample.json' with { type: 'json' }`): esbuild's dev-server
 * transform drops the import attribute, so the file is served as the JavaScript module it stands for.
 */
const jsonModules = {
  name: 'tiendo-json-modules',
  transform(context) {
    if (context.path.endsWith('.json')) return { body: `export default ${context.body};` };
    return undefined;
  },
};
